package zwfw.kiosk.core.visit;

/** Who must identify now: the citizen filing for themself, or, for 代办, first the agent, then the applicant. */
public enum IdentifyRole {
    SELF,
    /** 第1步: the agent (代办人) standing at the kiosk. */
    AGENT,
    /** 第2步: the applicant the agent files for, usually with the applicant's ID card. */
    APPLICANT
}
