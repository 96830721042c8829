package tcplab.sweep;

import java.util.List;
import tcplab.engine.SimulationInput;

/**
 * One line of a loss experiment: what was run, and its outcome at each loss rate.
 *
 * @param name   a short name that tells the series of one experiment apart, e.g. {@code A}
 * @param lesson the scenario's id
 * @param base   the run every loss rate starts from: its profile, kernel settings, links and faults
 * @param points the outcome per loss rate, in the order the rates were given
 */
public record SweepSeries(String name, String lesson, SimulationInput base, List<SweepPoint> points) {

    public SweepSeries {
        points = List.copyOf(points);
    }
}
