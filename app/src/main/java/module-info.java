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

    exports tcplab.engine;
    exports tcplab.scenario;
    exports tcplab.view to javafx.graphics;

    opens tcplab.view to javafx.graphics;
}
