package tcplab.view;

import tcplab.engine.Simulator;
import tcplab.scenario.ScenarioCatalog;

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
}
