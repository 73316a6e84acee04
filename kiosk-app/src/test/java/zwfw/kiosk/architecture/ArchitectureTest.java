package zwfw.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, enforced: drivers know only devices, the core knows no
 * JavaFX, the simulator shares nothing with the client, and kioskctl never touches JavaFX.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("zwfw");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theProjectHasClassesInEveryModule() {
        for (String pkg : new String[] {"zwfw.kiosk.drivers", "zwfw.kiosk.core", "zwfw.kiosk.app", "zwfw.platform.sim"}) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
                throw new AssertionError("no classes imported from " + pkg + ": the rules below would pass vacuously");
            }
        }
    }

    @Test
    void deviceDriversDependOnNothingOfTheKiosk() {
        check(noClasses().that().resideInAPackage("zwfw.kiosk.drivers..")
                .should().dependOnClassesThat().resideInAnyPackage("zwfw.kiosk.core..", "zwfw.kiosk.app..", "zwfw.platform..", "javafx.."));
    }

    @Test
    void deviceDriversSpeakNoKioskWords() {
        check(noClasses().that().resideInAPackage("zwfw.kiosk.drivers..")
                .should().haveSimpleNameContaining("Case").orShould().haveSimpleNameContaining("Citizen")
                .orShould().haveSimpleNameContaining("Service").orShould().haveSimpleNameContaining("Applicant"));
    }

    @Test
    void theCoreKnowsNoJavaFxNorTheApplication() {
        check(noClasses().that().resideInAPackage("zwfw.kiosk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "zwfw.kiosk.app..", "zwfw.platform.."));
    }

    @Test
    void javaFxIsUsedOnlyInTheApplicationModule() {
        check(noClasses().that().resideOutsideOfPackage("zwfw.kiosk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void thePlatformSimulatorSharesNoCodeWithTheKiosk() {
        check(noClasses().that().resideInAPackage("zwfw.platform..")
                .should().dependOnClassesThat().resideInAPackage("zwfw.kiosk.."));
    }

    @Test
    void theCommandLineAndWiringNeverUseJavaFx() {
        check(noClasses().that().resideInAnyPackage("zwfw.kiosk.app.cli..", "zwfw.kiosk.app.wiring..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void viewModelsHoldNoControls() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..", "javafx.stage.."));
    }

    @Test
    void packagesNameCapabilitiesNotTechnicalLayers() {
        check(noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..", "..managers..", "..common.."));
    }

    /** The visit's rules are a pure function: the effects are carried out elsewhere (VisitEffects, DeviceEvents). */
    @Test
    void theVisitsRulesDoNoInputOrOutput() {
        check(noClasses().that().resideInAPackage("zwfw.kiosk.core.visit")
                .and().haveNameNotMatching("zwfw\\.kiosk\\.core\\.visit\\.(Visit|VisitEffects|DeviceEvents)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.io..",
                        "java.util.concurrent..", "zwfw.kiosk.core.storage..", "okhttp3..")
                .orShould().dependOnClassesThat().areAssignableTo(zwfw.kiosk.drivers.device.Device.class)
                .orShould().dependOnClassesThat().haveSimpleName("Outbox")
                .orShould().dependOnClassesThat().haveSimpleName("CaseSubmitter")
                .orShould().dependOnClassesThat().haveSimpleName("PlatformClient"));
    }

    /** Device input goes to the visit, whose current step takes it or not; no screen listens to a device for it. */
    @Test
    void noScreenListensToCardsOrScans() {
        check(noClasses().that().resideInAPackage("zwfw.kiosk.app.screen..")
                .should().implement("zwfw.kiosk.drivers.idcard.IdCardListener")
                .orShould().implement("zwfw.kiosk.drivers.scanner.ScanListener")
                .orShould().implement("zwfw.kiosk.drivers.smartcard.CardListener")
                .orShould().dependOnClassesThat().haveSimpleName("IdCardReader")
                .orShould().dependOnClassesThat().haveSimpleName("CodeScanner"));
    }

    /**
     * One clock: every time shown, printed, stored or sent comes from {@code KioskConfig.clock()} (the configured zone,
     * and the clock a soak or test moves), never the machine's. Allowed: the config's clock itself, and request signing,
     * whose timestamp the platform checks against real time (TIMESTAMP_SKEW). Durations use System.nanoTime.
     */
    @Test
    void everyTimeComesFromTheKiosksClock() {
        check(noClasses().that().resideInAnyPackage("zwfw.kiosk.core..", "zwfw.kiosk.app..")
                .and().doNotHaveFullyQualifiedName("zwfw.kiosk.core.config.KioskConfig")
                .and().doNotHaveFullyQualifiedName("zwfw.kiosk.core.platform.PlatformClient")
                .should().accessTargetWhere(READS_THE_MACHINES_CLOCK));
    }

    /** The rule above can fail: each way of reading the machine's clock or zone is seen, a Clock given is not. */
    @Test
    void theClockRuleSeesEveryWayToReadTheMachinesClock() {
        var result = noClasses().should().accessTargetWhere(READS_THE_MACHINES_CLOCK)
                .evaluate(new ClassFileImporter().importClasses(MachineClockReader.class));
        java.util.List<String> lines = result.getFailureReport().getDetails();
        for (String read : new String[] {"Instant.now()", "LocalDateTime.now(java.time.ZoneId)", "Clock.systemUTC()",
                "System.currentTimeMillis()", "ZoneId.systemDefault()", "Date.<init>()", "LocalDate.now()"}) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(read)), read + " not seen in " + lines);
        }
        assertEquals(7, lines.size(), "the kiosk's clock (now(Clock)) is no violation: " + lines);
    }

    /** Reads the machine's clock every way the rule forbids, and once the allowed way. */
    @SuppressWarnings("unused")
    private static final class MachineClockReader {
        Object[] read(java.time.Clock kiosks) {
            java.util.function.Supplier<java.time.LocalDate> today = java.time.LocalDate::now;
            return new Object[] {java.time.Instant.now(), java.time.LocalDateTime.now(java.time.ZoneId.of("UTC")),
                    java.time.Clock.systemUTC(), System.currentTimeMillis(), java.time.ZoneId.systemDefault(), new java.util.Date(),
                    today, java.time.Instant.now(kiosks)};
        }
    }

    /** A call of, or a reference to, a method or constructor that reads the machine's clock or zone. */
    private static final DescribedPredicate<JavaAccess<?>> READS_THE_MACHINES_CLOCK =
            new DescribedPredicate<>("read the machine's clock or zone (now() without a Clock, Clock.system*(), "
                    + "System.currentTimeMillis(), ZoneId.systemDefault(), TimeZone.getDefault(), new Date())") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                        return false;
                    }
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        var parameters = target.getRawParameterTypes();
                        return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(java.time.Clock.class);
                    }
                    return owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals("java.time.InstantSource") && name.equals("system")
                            || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                            || owner.equals("java.time.ZoneId") && name.equals("systemDefault")
                            || owner.equals("java.util.TimeZone") && name.equals("getDefault")
                            || owner.equals("java.util.Date") && name.equals("<init>") && target.getRawParameterTypes().isEmpty();
                }
            };
}
