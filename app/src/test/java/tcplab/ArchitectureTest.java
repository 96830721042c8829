package tcplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The simulator stays pure: no JavaFX, no text, no wall clock, no unseeded randomness; playback,
 * explanations and the loss sweep need no window, so the command line and handouts can use them;
 * and the packages depend on each other without cycles.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tcplab");

    @Test
    void engineScenariosPlaybackAndExplanationsDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("tcplab.engine..", "tcplab.scenario..", "tcplab.playback..",
                        "tcplab.explain..", "tcplab.glossary..", "tcplab.sweep..", "tcplab.handout..",
                        "tcplab.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..")
                .check(PRODUCTION);
    }

    @Test
    void engineDependsOnNeitherTheWindowNorTexts() {
        noClasses().that().resideInAnyPackage("tcplab.engine..", "tcplab.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("tcplab.view..", "tcplab.cli..",
                        "tcplab.playback..", "tcplab.i18n..")
                .check(PRODUCTION);
    }

    @Test
    void engineNeverReadsTheWallClockNorUnseededRandomness() {
        noClasses().that().resideInAnyPackage("tcplab.engine..", "tcplab.scenario..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.time..")
                .check(PRODUCTION);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("tcplab.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    /**
     * The PDF renderer's classes load only when a PDF is made: everything else reaches them through
     * tcplab.pdf, which nothing on the way to the window or the command line touches otherwise.
     */
    @Test
    void onlyThePdfPackageUsesThePdfRenderer() {
        noClasses().that().resideOutsideOfPackage("tcplab.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..",
                        "org.apache.fontbox..", "org.apache.batik..")
                .check(PRODUCTION);
    }

    @Test
    void theCommandLineNeverReachesIntoTheWindow() {
        noClasses().that().resideInAnyPackage("tcplab.cli..", "tcplab.options..")
                .should().dependOnClassesThat().resideInAnyPackage("tcplab.view..", "tcplab.framebench..",
                        "javafx..")
                .check(PRODUCTION);
    }
}
