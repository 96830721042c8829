package tcplab.view;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.Simulator;
import tcplab.i18n.Language;
import tcplab.scenario.ScenarioCatalog;
import tcplab.settings.Settings;

/** Lab models for the window tests, on the real simulator and catalogue. */
final class Labs {

    private Labs() {
    }

    static LabModel scenario(String id) {
        return new LabModel(Simulator::run, ScenarioCatalog.find(id).orElseThrow());
    }

    static LabModel handshake() {
        return scenario("handshake");
    }

    /**
     * Shows the whole window on {@code stage} as the app would (theme included), in {@code language}
     * at {@code size}, for the model {@code lab} makes on the JavaFX thread.
     */
    static MainView showWindow(FxRobot robot, Stage stage, Settings settings, Supplier<LabModel> lab,
                               Language language, double[] size) {
        MainView[] main = new MainView[1];
        robot.interact(() -> {
            LanguageModel languageModel = new LanguageModel(settings);
            languageModel.show(language);
            main[0] = new MainView(languageModel, new DisplayModel(settings), lab.get());
            Scene scene = new Scene(main[0], size[0], size[1]);
            LabApplication.applyTheme(scene);
            stage.setScene(scene);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return main[0];
    }
}
