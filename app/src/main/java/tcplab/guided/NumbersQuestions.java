package tcplab.guided;

import java.util.List;
import java.util.Optional;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;

/**
 * "Which seq and ack does the next segment carry?", asked where the answer is the textbook rule:
 * the segment acknowledges exactly the last one its sender received (the peer's seq plus what that
 * segment took). Elsewhere (an answer to an old duplicate, a repeat) the rule would not explain
 * the numbers, so nothing is asked.
 */
final class NumbersQuestions {

    private static final long MODULUS = 1L << 32;

    private NumbersQuestions() {
    }

    static List<Candidate> of(TraceMoments moments) {
        return moments.candidatesAt(SegmentSent.class, (index, sent) -> at(moments, index, sent));
    }

    private static Optional<Candidate> at(TraceMoments moments, int index, SegmentSent sent) {
        // A repeat, a segment without ACK and an RST do not follow the rule this question teaches.
        if (sent.retransmission() || !sent.segment().has(Flag.ACK) || sent.segment().has(Flag.RST)) {
            return Optional.empty();
        }
        Optional<Integer> cause = moments.cause(index);
        Optional<Message> context = cause.flatMap(moments::context);
        Optional<SegmentDelivered> acknowledged = lastReceived(moments, index, sent.side());
        if (context.isEmpty() || acknowledged.isEmpty()) {
            return Optional.empty();
        }
        long seq = moments.seq(sent);
        long ack = moments.ack(sent);
        long peerSeq = moments.seq(acknowledged.get());
        Segment peer = acknowledged.get().segment();
        if (ack != plus(peerSeq, peer.sequenceSpace())) {
            return Optional.empty();
        }
        Message host = TraceMoments.host(sent.side());
        ChoiceList choices = new ChoiceList(numbers(seq, ack), Message.of("question.numbers.right", host,
                String.valueOf(seq), String.valueOf(ack), String.valueOf(peerSeq), String.valueOf(peer.sequenceSpace())));
        choices.wrong(numbers(seq, peerSeq), Message.of("question.numbers.ackIsNextExpected", host));
        Optional<SegmentSent> previous = lastSent(moments, index, sent.side());
        if (previous.isPresent() && previous.get().segment().has(Flag.FIN) && plus(moments.seq(previous.get()), 1) == seq) {
            choices.wrong(numbers(plus(seq, -1), ack), Message.of("question.numbers.finTakesOne", host));
        }
        if (previous.isPresent() && TraceMoments.bareAck(previous.get().segment()) && moments.seq(previous.get()) == seq) {
            choices.wrong(numbers(plus(seq, 1), ack), Message.of("question.numbers.bareAckTakesNone", host));
        }
        if (peer.length() > 0) {
            choices.wrong(numbers(seq, plus(peerSeq, 1)),
                    Message.of("question.numbers.dataCountsBytes", String.valueOf(peer.length())));
        }
        choices.wrong(numbers(ack, seq), Message.of("question.numbers.notSwapped", host));
        if (!choices.enough()) {
            return Optional.empty();
        }
        int askBefore = cause.get();
        Message prompt = Message.of("question.prompt.numbers", context.get(), host, TraceMoments.flags(sent.segment()),
                moments.relative() ? Message.of("question.numbering.relative") : Message.of("question.numbering.raw"));
        Question question = new Question(QuestionKind.NUMBERS, askBefore, index, prompt,
                choices.shuffled(moments.seed(askBefore)));
        return Optional.of(new Candidate(question, priority(peer, previous)));
    }

    private static Message numbers(long seq, long ack) {
        return Message.of("question.choice.numbers", String.valueOf(seq), String.valueOf(ack));
    }

    private static long plus(long number, long n) {
        return Math.floorMod(number + n, MODULUS);
    }

    /** The segment {@code side} received last before event {@code before}: the one its next segment acknowledges. */
    private static Optional<SegmentDelivered> lastReceived(TraceMoments moments, int before, Side side) {
        for (int i = before - 1; i >= 0; i--) {
            if (moments.event(i) instanceof SegmentDelivered delivered && delivered.side() == side) {
                return Optional.of(delivered);
            }
        }
        return Optional.empty();
    }

    /** The segment {@code side} sent last before event {@code before}. */
    private static Optional<SegmentSent> lastSent(TraceMoments moments, int before, Side side) {
        for (int i = before - 1; i >= 0; i--) {
            TraceEvent event = moments.event(i);
            if (event instanceof SegmentSent sent && sent.side() == side) {
                return Optional.of(sent);
            }
        }
        return Optional.empty();
    }

    /** Acknowledging a SYN or a FIN (ack = seq + 1) teaches most; a seq after one's own FIN next. */
    private static int priority(Segment acknowledged, Optional<SegmentSent> previous) {
        if (acknowledged.has(Flag.SYN)) {
            return acknowledged.has(Flag.ACK) ? 60 : 88;
        } else if (acknowledged.has(Flag.FIN)) {
            return 80;
        } else if (previous.isPresent() && previous.get().segment().has(Flag.FIN)) {
            return 75;
        }
        return 45;
    }
}
