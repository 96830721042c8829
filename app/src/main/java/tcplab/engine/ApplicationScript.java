package tcplab.engine;

/** What the two applications do during a run. (Contract placeholder: the engine defines its steps.) */
public record ApplicationScript() {
}
