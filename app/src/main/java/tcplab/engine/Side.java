package tcplab.engine;

/** One of the two endpoints of the simulated connection. */
public enum Side {
    CLIENT("C"),
    SERVER("S");

    private final String letter;

    Side(String letter) {
        this.letter = letter;
    }

    /** The other endpoint. */
    public Side peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** {@code C} or {@code S}, as the trace table and fault specs write it. */
    public String letter() {
        return letter;
    }
}
