package zwfw.kiosk.app.screen.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.i18n.Messages;

/** The PIN pad's rules with a clock the test moves: lockout and its end, idle close, what reaches the PIN check. */
class StaffPanelViewModelTest {
    private final MovableClock clock = new MovableClock();
    private final List<String> checked = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private boolean locked;
    private boolean lockRecordBroken;
    private final StaffPanelViewModel model = new StaffPanelViewModel(new Messages(Messages.CHINESE), pin -> {
        checked.add(new String(pin));
        return "2468".equals(new String(pin));
    }, Runnable::run, clock, new StaffActions() {
        @Override
        public boolean staffLocked() {
            return locked;
        }

        @Override
        public List<String> reasonKeys() {
            return locked ? List.of("outOfService.reason.staffLock") : List.of();
        }

        @Override
        public java.util.concurrent.CompletionStage<Void> lock() {
            done.add("lock");
            if (lockRecordBroken) {
                return java.util.concurrent.CompletableFuture.failedFuture(new java.io.UncheckedIOException(
                        "cannot write the lock record", new java.io.IOException("Read-only file system")));
            }
            locked = true;
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public java.util.concurrent.CompletionStage<Void> unlock() {
            done.add("unlock");
            locked = false;
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    });

    private final List<zwfw.kiosk.core.audit.AuditAction> audited = new ArrayList<>();

    {
        model.onAudited(audited::add);
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private <T> T fx(Callable<T> call) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(call).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private void type(String pin) throws Exception {
        fx(() -> {
            model.clear();
            pin.chars().forEach(c -> model.digit(c - '0'));
            model.submit();
            return null;
        });
    }

    @Test
    void fiveWrongPinsLockThePadForAMinuteThenItTakesPinsAgain() throws Exception {
        fx(() -> {
            model.open();
            return null;
        });
        for (int i = 0; i < StaffPanelViewModel.MAX_FAILURES; i++) {
            type("1111");
        }
        assertEquals("密码错误次数过多，请 60 秒后再试", fx(() -> model.problem().get()));
        type("2468");
        assertEquals(5, checked.size(), "no PIN is checked while the pad is locked");
        assertFalse(model.acceptedProperty().get());

        clock.advance(Duration.ofSeconds(59));
        fx(() -> {
            model.secondPassed();
            return null;
        });
        assertEquals("密码错误次数过多，请 1 秒后再试", fx(() -> model.problem().get()));

        clock.advance(Duration.ofSeconds(1));
        type("2468");
        assertTrue(model.acceptedProperty().get());
        assertEquals("2468", checked.get(checked.size() - 1));
    }

    @Test
    void theRightPinLeadsToLockAndUnlockAndClosingForgetsIt() throws Exception {
        fx(() -> {
            model.open();
            return null;
        });
        type("2468");
        assertEquals("本机正在服务", model.statusProperty().get());
        fx(() -> {
            model.lock();
            return null;
        });
        assertTrue(model.staffLockedProperty().get());
        assertEquals("本机暂停服务：\n· 终端正在维护，暂停服务", model.statusProperty().get());
        fx(() -> {
            model.unlock();
            model.close();
            model.open();
            return null;
        });
        assertEquals(List.of("lock", "unlock"), done);
        assertEquals(List.of(zwfw.kiosk.core.audit.AuditAction.LOCK, zwfw.kiosk.core.audit.AuditAction.UNLOCK), audited);
        assertFalse(model.acceptedProperty().get(), "the PIN is asked again each time");
        assertEquals("", fx(() -> model.dots().get()));
    }

    @Test
    void thePadClosesItselfAfterAMinuteUntouchedAndDigitsStopAtTwelve() throws Exception {
        fx(() -> {
            model.open();
            for (int i = 0; i < 20; i++) {
                model.digit(1);
            }
            return null;
        });
        assertEquals("●".repeat(12), fx(() -> model.dots().get()));
        fx(() -> {
            for (int i = 0; i < StaffPanelViewModel.IDLE_CLOSE.toSeconds(); i++) {
                model.secondPassed();
            }
            return null;
        });
        assertFalse(model.openProperty().get());
        assertEquals("", fx(() -> model.dots().get()), "the typed digits are gone");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T04:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aLockThatCouldNotBeRecordedIsShownAsFailedAndTheKioskAsItIs() throws Exception {
        lockRecordBroken = true;
        fx(() -> {
            model.open();
            return null;
        });
        type("2468");
        fx(() -> {
            model.lock();
            return null;
        });
        assertFalse(model.staffLockedProperty().get());
        assertEquals("本机正在服务", model.statusProperty().get());
        assertTrue(fx(() -> model.problem().get()).startsWith("锁定失败"), fx(() -> model.problem().get()));
        assertEquals(List.of(), audited, "a lock that did not happen is not audited as one");
        lockRecordBroken = false;
        fx(() -> {
            model.lock();
            return null;
        });
        assertTrue(model.staffLockedProperty().get());
        assertEquals("", fx(() -> model.problem().get()), "a lock that worked clears the message");
    }
}
