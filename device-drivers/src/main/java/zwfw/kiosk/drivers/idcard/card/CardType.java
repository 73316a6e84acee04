package zwfw.kiosk.drivers.idcard.card;

/** The three cards a resident ID card reader reads; the text block's character at offset 248 tells them apart. */
public enum CardType {
    /** 居民身份证 (type character: space). */
    RESIDENT,
    /** 外国人永久居留身份证 (type character {@code I} for the 2017 card, {@code Y} for the 2023 card). */
    FOREIGN_PERMANENT,
    /** 港澳台居民居住证 (type character {@code J}). */
    HMT_RESIDENCE
}
