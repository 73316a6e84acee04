package zwfw.kiosk.drivers.smartcard;

import java.util.HexFormat;
import java.util.Objects;

/** A card that arrived: the reader it is in and its answer to reset (ATR). */
public record CardInfo(String readerName, byte[] atr) {

    public CardInfo {
        Objects.requireNonNull(readerName, "readerName");
        atr = atr == null ? new byte[0] : atr.clone();
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    public String atrHex() {
        return HexFormat.of().withUpperCase().formatHex(atr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardInfo c && c.readerName.equals(readerName) && java.util.Arrays.equals(c.atr, atr);
    }

    @Override
    public int hashCode() {
        return readerName.hashCode() * 31 + java.util.Arrays.hashCode(atr);
    }

    @Override
    public String toString() {
        return "CardInfo[" + readerName + ", ATR " + atrHex() + "]";
    }
}
