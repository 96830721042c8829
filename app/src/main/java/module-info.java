/**
 * TCP Handshake Lab: the simulator, the lesson catalogue, the window and the command line.
 */
module tcplab.app {
    requires tcplab.i18n;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires java.logging;
    requires java.desktop;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires tcplab.pdf.renderer;

    exports tcplab.engine;
    exports tcplab.scenario;
    exports tcplab.exercise;
    exports tcplab.view to javafx.graphics;

    // picocli reads the options of these packages' commands by reflection.
    opens tcplab to info.picocli;
    opens tcplab.cli to info.picocli;
    opens tcplab.framebench to info.picocli;
    opens tcplab.options to info.picocli;
    opens tcplab.view to javafx.graphics, info.picocli;
}
