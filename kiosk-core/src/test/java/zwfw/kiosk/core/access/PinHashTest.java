package zwfw.kiosk.core.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void aHashMatchesItsPinAndNoOther() {
        String hash = PinHash.hash("2468".toCharArray());
        assertTrue(PinHash.isWellFormed(hash));
        assertTrue(PinHash.matches("2468".toCharArray(), hash));
        assertFalse(PinHash.matches("2469".toCharArray(), hash));
    }

    @Test
    void theSamePinHashesDifferentlyEachTime() {
        assertNotEquals(PinHash.hash("1357".toCharArray()), PinHash.hash("1357".toCharArray()));
    }

    @Test
    void theShippedDemoHashMatchesTheDocumentedPin() {
        String shipped = "pbkdf2-sha256$120000$MyVRWazf2nD0tvO6Bk+poA==$KVEVjD960npcPFmIOHpWjA7eX/mLSIibZfxE07pZ4Sw=";
        assertTrue(PinHash.matches("2468".toCharArray(), shipped));
    }

    @Test
    void aMalformedHashMatchesNothing() {
        assertFalse(PinHash.matches("2468".toCharArray(), null));
        assertFalse(PinHash.matches("2468".toCharArray(), "plain-2468"));
        assertFalse(PinHash.matches("2468".toCharArray(), "pbkdf2-sha256$5$AAAAAAAAAAA=$AAAA"));
    }
}
