package zwfw.kiosk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** JabRef-style screens: view models hold JavaFX properties only, never controls, nodes or devices. */
class UiArchitectureTest {
    private final JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zwfw.kiosk.app");

    @Test
    void viewModelsUseNoControlsOrSceneNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(app);
    }

    @Test
    void viewModelsDoNotTalkToDevicesDirectly() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("zwfw.kiosk.drivers..")
                .check(app);
    }
}
