package zwfw.kiosk.core.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceStateTest {

    @Test
    void theKioskIsInServiceOnlyWhenNoReasonHolds() {
        ServiceState s = new ServiceState();
        assertTrue(s.inService());
        assertTrue(s.hold(OutOfServiceReason.DEVICE_DOWN));
        assertFalse(s.hold(OutOfServiceReason.DEVICE_DOWN), "already held");
        assertTrue(s.hold(OutOfServiceReason.STAFF_LOCK));
        assertTrue(s.release(OutOfServiceReason.DEVICE_DOWN), "the reader is back");
        assertFalse(s.inService(), "the staff lock still holds");
        assertTrue(s.release(OutOfServiceReason.STAFF_LOCK));
        assertTrue(s.inService());
    }

    @Test
    void aStaffUnlockDoesNotLiftAPlatformLock() {
        ServiceState s = new ServiceState();
        s.hold(OutOfServiceReason.PLATFORM_LOCK);
        assertFalse(s.release(OutOfServiceReason.STAFF_LOCK));
        assertEquals(Optional.of(OutOfServiceReason.PLATFORM_LOCK), s.shown());
    }

    @Test
    void theShownReasonFollowsThePrecedenceNotTheOrderOfArrival() {
        ServiceState s = new ServiceState();
        s.set(OutOfServiceReason.DEVICE_DOWN, true);
        s.set(OutOfServiceReason.STAFF_LOCK, true);
        s.set(OutOfServiceReason.PLATFORM_LOCK, true);
        assertEquals(Optional.of(OutOfServiceReason.PLATFORM_LOCK), s.shown());
        assertEquals(List.of(OutOfServiceReason.PLATFORM_LOCK, OutOfServiceReason.STAFF_LOCK, OutOfServiceReason.DEVICE_DOWN),
                List.copyOf(s.reasons()));
        s.set(OutOfServiceReason.PLATFORM_LOCK, false);
        assertEquals(Optional.of(OutOfServiceReason.STAFF_LOCK), s.shown());
    }
}
