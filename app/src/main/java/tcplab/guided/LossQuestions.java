package tcplab.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.TraceEvent;
import tcplab.explain.Formats;
import tcplab.i18n.Message;

/**
 * "This segment will be lost: what is sent again first, by whom and when?", asked as a segment
 * falls from the wire. The answer is the first retransmission after the loss, or nothing at all
 * for a lost bare ACK or RST. Asked only where that answer is about this loss: no other segment is
 * lost until it comes, every earlier loss has been answered by a retransmission, and a
 * retransmission is the work of a timer.
 */
final class LossQuestions {

    private LossQuestions() {
    }

    static List<Candidate> of(TraceMoments moments) {
        List<Candidate> candidates = new ArrayList<>();
        List<Integer> earlierLosses = new ArrayList<>();
        for (int i = 0; i < moments.events().size(); i++) {
            if (moments.event(i) instanceof SegmentDropped dropped) {
                int lossAt = i;
                boolean earlierRepaired = earlierLosses.stream()
                        .allMatch(earlier -> firstRetransmission(moments, earlier).filter(r -> r < lossAt).isPresent());
                if (earlierRepaired) {
                    at(moments, i, dropped, candidates.isEmpty()).ifPresent(candidates::add);
                }
                earlierLosses.add(i);
            }
        }
        return candidates;
    }

    private static Optional<Candidate> at(TraceMoments moments, int index, SegmentDropped dropped, boolean first) {
        Optional<SegmentSent> original = original(moments, index, dropped.transmissionId());
        if (original.isEmpty()) {
            return Optional.empty(); // a link's copy: the first copy travels on, nothing needs repair
        }
        Optional<Integer> resent = firstRetransmission(moments, index);
        int until = resent.orElse(moments.events().size());
        for (int i = index + 1; i < until; i++) {
            if (moments.event(i) instanceof SegmentDropped) {
                return Optional.empty();
            }
        }
        Segment lost = dropped.segment();
        Side sender = dropped.side();
        Message senderName = TraceMoments.host(sender);
        String lostFlags = TraceMoments.flags(lost);
        ChoiceList choices;
        int answerEvent;
        if (resent.isPresent()) {
            SegmentSent repeat = (SegmentSent) moments.event(resent.get());
            if (!afterTimeout(moments, resent.get())) {
                return Optional.empty();
            }
            choices = new ChoiceList(resend(repeat.side(), TraceMoments.flags(repeat.segment()), repeat.time()),
                    Message.of("question.loss.resentAfterTimeout", TraceMoments.host(repeat.side()),
                            TraceMoments.flags(repeat.segment())));
            answerEvent = resent.get();
        } else if (TraceMoments.bareAck(lost) || lost.has(Flag.RST)) {
            choices = new ChoiceList(Message.of("question.choice.loss.nothing"), lost.has(Flag.RST)
                    ? Message.of("question.loss.rstNeverResent") : Message.of("question.loss.bareAckNeverResent"));
            answerEvent = repair(moments, index, sender).orElse(moments.events().size() - 1);
        } else {
            return Optional.empty();
        }
        if (TraceMoments.bareAck(lost)) {
            long guess = original.get().time() + moments.lastRto(index, sender);
            if (!sends(moments, sender, lost.flags(), guess)) {
                choices.wrong(resend(sender, lostFlags, guess), Message.of("question.loss.bareAckHasNoTimer"));
            }
        }
        choices.wrong(Message.of("question.choice.loss.askAgain", TraceMoments.host(sender.peer()), senderName),
                        Message.of("question.loss.noNegativeAck", TraceMoments.host(sender.peer())))
                .wrong(Message.of("question.choice.loss.atOnce", senderName, lostFlags),
                        Message.of("question.loss.nobodyIsTold", senderName))
                .wrong(Message.of("question.choice.loss.nothing"), Message.of("question.loss.somethingIsResent"));
        if (!choices.enough()) {
            return Optional.empty();
        }
        Message prompt = Message.of("question.prompt.loss", senderName, lostFlags);
        Question question = new Question(QuestionKind.AFTER_LOSS, index, answerEvent, prompt,
                choices.shuffled(moments.seed(index)));
        return Optional.of(new Candidate(question, first ? 100 : 90));
    }

    private static Message resend(Side side, String flags, long micros) {
        return Message.of("question.choice.loss.resend", TraceMoments.host(side), flags, Formats.seconds(micros));
    }

    /** The first segment either host sends again after event {@code index}. */
    private static Optional<Integer> firstRetransmission(TraceMoments moments, int index) {
        for (int i = index + 1; i < moments.events().size(); i++) {
            if (moments.event(i) instanceof SegmentSent sent && sent.retransmission()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Whether the repeat at {@code index} follows its host's retransmission timer expiring at that instant. */
    private static boolean afterTimeout(TraceMoments moments, int index) {
        return moments.cause(index).map(moments::event)
                .filter(cause -> cause instanceof TimerFired fired && fired.kind() == TimerKind.RETRANSMISSION)
                .isPresent();
    }

    /** The sending of the transmission lost at {@code before}; empty for a copy the link made. */
    private static Optional<SegmentSent> original(TraceMoments moments, int before, int transmissionId) {
        for (int i = before - 1; i >= 0; i--) {
            TraceEvent event = moments.event(i);
            if (event instanceof SegmentSent sent && sent.transmissionId() == transmissionId) {
                return Optional.of(sent);
            }
            if (event instanceof SegmentDuplicated copy && copy.copyId() == transmissionId) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where a later segment of the sender reaches its peer with an acknowledgment, repairing a lost ACK. */
    private static OptionalInt repair(TraceMoments moments, int index, Side sender) {
        for (int i = index + 1; i < moments.events().size(); i++) {
            if (moments.event(i) instanceof SegmentDelivered delivered && delivered.side() == sender.peer()
                    && delivered.segment().has(Flag.ACK)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code side} sends a segment with exactly {@code flags} at {@code time}: a guess that would be true. */
    private static boolean sends(TraceMoments moments, Side side, Set<Flag> flags, long time) {
        return moments.events().stream().anyMatch(event -> event instanceof SegmentSent sent && sent.side() == side
                && sent.time() == time && sent.segment().flags().equals(flags));
    }
}
