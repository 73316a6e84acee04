package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.bench.FxThreadSampler;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.printer.emulator.EmulatedPrinter;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;

/**
 * 200 complete visits (card → service → for self → form → review → submit → receipt → home) with
 * an ESC/POS printer emulator on a pseudo-terminal that stops answering every fifth visit; prints
 * the longest time the JavaFX thread spent in our code per screen change ({@link FxThreadSampler}).
 *
 * <p>This version drives the navigator as it was before the visit moved to kiosk-core (its private
 * steps through reflection), to give the "before" figure of issue 11.
 */
public final class VisitBenchmark {
    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path temp = Files.createTempDirectory("kiosk-visit-bench");
        Path link = temp.resolve("printer-tty");
        try (PtyPrinterEmulator emulator = PtyPrinterEmulator.start(link, 115200)) {
            KioskUnderTest.config(temp, Map.of()); // writes config/, then the printer becomes the emulated ESC/POS one
            Path yaml = temp.resolve("config").resolve("kiosk.yaml");
            Files.writeString(yaml, Files.readString(yaml)
                    .replace("driver: simulated       # escpos on a real kiosk", "driver: escpos       #")
                    .replace("      profile: 80mm ", "      port: " + link + "\n      baud: 115200\n      profile: 80mm "));
            KioskUnderTest k = KioskUnderTest.bootWritten(temp);
            KioskNavigator nav = k.app().navigator();
            var service = k.app().assembly().catalog().current().service("RS-0001").orElseThrow();
            Method review = KioskNavigator.class.getDeclaredMethod("review");
            Method submit = KioskNavigator.class.getDeclaredMethod("submit");
            review.setAccessible(true);
            submit.setAccessible(true);
            Field workField = KioskNavigator.class.getDeclaredField("work");
            workField.setAccessible(true);
            ScreenWork work = (ScreenWork) workField.get(nav);
            try (FxThreadSampler sampler = FxThreadSampler.start()) {
                k.app().host().currentProperty().addListener((o, was, now) -> sampler.mark());
                for (int i = 0; i < visits; i++) {
                    boolean silent = i % 5 == 4;
                    emulator.printer().setCondition(silent ? EmulatedPrinter.Condition.SILENT : EmulatedPrinter.Condition.READY);
                    Person person = new Person("张三", IdType.RESIDENT_ID, "330302199001021230", null);
                    fx(() -> nav.startSession(person));
                    fx(() -> nav.serviceChosen(service));
                    fx(nav::forSelf);
                    fx(() -> {
                        nav.session().form().put("purpose", "个人证明");
                        nav.session().form().put("phone", "13800138000");
                        invoke(review, nav);
                    });
                    fx(() -> invoke(submit, nav));
                    k.awaitScreenWithin("result", Duration.ofSeconds(30));
                    CountDownLatch printed = new CountDownLatch(1);
                    work.execute(printed::countDown); // the one worker thread: the receipt was tried before this runs
                    printed.await(60, TimeUnit.SECONDS);
                    fx(nav::endSession);
                }
                System.out.println("visits: " + visits + " (printer silent in every fifth)");
                System.out.println(sampler.summary());
            }
            k.close();
        }
        System.exit(0);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void invoke(Method m, Object target) {
        try {
            m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
