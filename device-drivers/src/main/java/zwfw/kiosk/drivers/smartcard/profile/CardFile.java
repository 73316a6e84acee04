package zwfw.kiosk.drivers.smartcard.profile;

import java.util.List;

/** A file under the application (a two-byte file id such as {@code EF05}) and the records to read from it. */
public record CardFile(int fileId, List<CardRecord> records) {

    public CardFile {
        if (fileId < 0 || fileId > 0xFFFF) {
            throw new IllegalArgumentException("file id must be two bytes, not " + fileId);
        }
        records = List.copyOf(records);
    }

    public String idHex() {
        return String.format("%04X", fileId);
    }
}
