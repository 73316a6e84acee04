package zwfw.kiosk.core.platform;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Identity documents the contract knows (section 3). */
public enum IdType {
    /** 居民身份证 */
    RESIDENT_ID,
    /** 外国人永久居留身份证 */
    FOREIGN_PERMANENT_ID,
    /** 港澳台居民居住证 */
    HMT_RESIDENCE_PERMIT,
    PASSPORT,
    /** Also what a document type this kiosk does not know yet reads as. */
    @JsonEnumDefaultValue
    OTHER
}
