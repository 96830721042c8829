package tcplab.capture;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.SequenceNumbers;
import tcplab.engine.Side;

/**
 * Decides which seen segments arrived, where the capture point does not show arrivals. A segment
 * that occupies sequence space arrived if its receiver acknowledged it (or answered with RST)
 * after it could have arrived and before the next copy of it could have; if its sender sent it
 * again with no such answer, it was lost. A bare ACK was lost if its receiver later retransmitted
 * something that ACK had acknowledged. Nothing else is called lost: a capture that shows no
 * answer and no second try shows no loss.
 */
final class DeliveryInference {

    /** How many later segments are looked at for an answer or a second try; beyond it, arrival is assumed. */
    private static final int LOOK_AHEAD = 4096;

    private DeliveryInference() {
    }

    /** Sets the fate of every transmission in {@code sent} (in send order) whose arrival the capture point does not show. */
    static void decide(List<Transmission> sent, CapturePoint point) {
        Map<Side, List<Transmission>> bySender = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            bySender.put(side, new ArrayList<>());
        }
        for (Transmission t : sent) {
            bySender.get(t.from).add(t);
        }
        for (Side from : Side.values()) {
            if (HandshakeTiming.arrivalSeen(point, from)) {
                continue;
            }
            List<Transmission> own = bySender.get(from);
            List<Transmission> answers = bySender.get(from.peer());
            for (int i = 0; i < own.size(); i++) {
                Transmission t = own.get(i);
                if (t.fate != SegmentFate.DELIVERED) {
                    continue;
                }
                boolean lost = t.occupiesSequenceSpace()
                        ? unansweredBeforeNextCopy(t, own, i, answers)
                        : !t.segment.has(Flag.RST) && t.segment.has(Flag.ACK) && contradicted(t, answers);
                if (lost) {
                    t.fate = SegmentFate.LOST_AFTER_CAPTURE;
                } else if (t.segment.has(Flag.SYN) && !t.segment.has(Flag.ACK)) {
                    arriveWithFirstAnswer(t, answers);
                }
            }
        }
    }

    /** Whether {@code t} was sent again, and its receiver did not answer it in between. */
    private static boolean unansweredBeforeNextCopy(Transmission t, List<Transmission> own, int index,
                                                    List<Transmission> answers) {
        long nextArrival = Long.MAX_VALUE;
        for (int j = index + 1; j < own.size() && j <= index + LOOK_AHEAD; j++) {
            Transmission later = own.get(j);
            if (later.arrival > t.arrival && later.occupiesSequenceSpace() && covers(later, t.segment.seq())) {
                nextArrival = later.arrival;
                break;
            }
        }
        if (nextArrival == Long.MAX_VALUE) {
            return false;
        }
        int start = firstSentFrom(answers, t.arrival);
        for (int j = start; j < answers.size() && answers.get(j).sent < nextArrival; j++) {
            Transmission answer = answers.get(j);
            if (j - start >= LOOK_AHEAD || answer.segment.has(Flag.RST) || answer.acknowledges(t.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A listening host answers a SYN at once with its SYN+ACK. When the receiver first answers
     * another SYN, and its first SYN+ACK acknowledging {@code syn} leaves after the estimated
     * arrival, {@code syn} was held on the way and arrived with that answer (the real SYN behind an old duplicate,
     * RFC 9293 section 3.5, Figure 8).
     */
    private static void arriveWithFirstAnswer(Transmission syn, List<Transmission> answers) {
        long acknowledgment = SequenceNumbers.add(syn.segment.seq(), 1);
        boolean answeredAnother = false;
        for (Transmission answer : answers) {
            if (!answer.segment.has(Flag.SYN) || !answer.segment.has(Flag.ACK)) {
                continue;
            }
            if (answer.segment.ack() != acknowledgment) {
                answeredAnother = true;
            } else {
                if (answeredAnother) {
                    syn.arrival = Math.max(syn.arrival, answer.sent);
                }
                return;
            }
        }
    }

    /** Whether the receiver of the bare ACK {@code t} later retransmitted a segment it acknowledges. */
    private static boolean contradicted(Transmission t, List<Transmission> answers) {
        int start = firstSentFrom(answers, t.arrival + 1);
        for (int j = start; j < answers.size() && j - start < LOOK_AHEAD; j++) {
            Transmission answer = answers.get(j);
            if (answer.retransmission && t.acknowledges(answer.end())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first of {@code inSendOrder} sent at {@code time} or later. */
    private static int firstSentFrom(List<Transmission> inSendOrder, long time) {
        int low = 0;
        int high = inSendOrder.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (inSendOrder.get(middle).sent < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether {@code later}'s sequence range holds {@code sequence}. */
    private static boolean covers(Transmission later, long sequence) {
        return SequenceNumbers.le(later.segment.seq(), sequence) && SequenceNumbers.lt(sequence, later.end());
    }
}
