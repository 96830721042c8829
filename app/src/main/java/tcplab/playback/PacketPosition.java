package tcplab.playback;

/**
 * Where a flight is drawn at one moment.
 *
 * @param flight   the transmission
 * @param progress along the wire, 0 at the sender and 1 at the receiver
 * @param lost     whether the link has lost it by now: its drop is among the events that happened
 * @param fall     0 while on the wire; from 0 to 1 while a lost segment falls off it
 */
public record PacketPosition(Flight flight, double progress, boolean lost, double fall) {

    public boolean falling() {
        return fall > 0;
    }
}
