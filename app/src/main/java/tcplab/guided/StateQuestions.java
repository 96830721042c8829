package tcplab.guided;

import static tcplab.engine.TcpState.CLOSED;
import static tcplab.engine.TcpState.CLOSE_WAIT;
import static tcplab.engine.TcpState.CLOSING;
import static tcplab.engine.TcpState.ESTABLISHED;
import static tcplab.engine.TcpState.FIN_WAIT_1;
import static tcplab.engine.TcpState.FIN_WAIT_2;
import static tcplab.engine.TcpState.LAST_ACK;
import static tcplab.engine.TcpState.LISTEN;
import static tcplab.engine.TcpState.SYN_RECEIVED;
import static tcplab.engine.TcpState.SYN_SENT;
import static tcplab.engine.TcpState.TIME_WAIT;

import java.util.List;
import java.util.Optional;
import tcplab.TextKeys;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.i18n.Message;

/** "Which state does the host enter?", asked before every state change whose cause the learner can see. */
final class StateQuestions {

    private StateQuestions() {
    }

    static List<Candidate> of(TraceMoments moments) {
        return moments.candidatesAt(StateChanged.class, (index, change) -> at(moments, index, change));
    }

    private static Optional<Candidate> at(TraceMoments moments, int index, StateChanged change) {
        Optional<Integer> cause = moments.cause(index);
        Optional<Message> context = cause.flatMap(moments::context);
        if (context.isEmpty()) {
            return Optional.empty();
        }
        Message host = TraceMoments.host(change.side());
        ChoiceList choices = new ChoiceList(enters(change.to()),
                Message.of(TextKeys.stateExplanation(change.to()), host));
        if (change.from() == SYN_SENT && change.to() == ESTABLISHED) {
            choices.wrong(Message.of("question.choice.stateStays", SYN_SENT.rfcName()),
                    Message.of("question.state.ownAckNotAwaited", host));
        }
        for (TcpState other : mistakenFor(change.from())) {
            if (other != change.to()) {
                choices.wrong(enters(other), correction(change, other, host));
            }
        }
        if (!choices.enough()) {
            return Optional.empty();
        }
        int askBefore = cause.get();
        Message prompt = Message.of("question.prompt.state", context.get(), host);
        Question question = new Question(QuestionKind.STATE, askBefore, index, prompt,
                choices.shuffled(moments.seed(askBefore)));
        return Optional.of(new Candidate(question, priority(change)));
    }

    private static Message enters(TcpState state) {
        return Message.of("question.choice.state", state.rfcName());
    }

    /**
     * Why {@code wrong} is not where the host goes: the two misconceptions learners hold about
     * TIME-WAIT get their own correction, any other state is told by what it means.
     */
    private static Message correction(StateChanged change, TcpState wrong, Message host) {
        if (wrong == TIME_WAIT && passiveCloser(change)) {
            return Message.of("question.state.passiveCloserSkipsTimeWait", host);
        }
        if (wrong == CLOSED && change.to() == TIME_WAIT) {
            return Message.of("question.state.activeCloserWaits", host);
        }
        return Message.of("question.state.means", host, wrong.rfcName(),
                Message.of(TextKeys.stateSummary(wrong)));
    }

    /** A host that received the peer's FIN before sending its own: it never enters TIME-WAIT. */
    private static boolean passiveCloser(StateChanged change) {
        return change.from() == CLOSE_WAIT || change.from() == LAST_ACK
                || change.from() == ESTABLISHED && change.to() == CLOSE_WAIT;
    }

    /** Where learners expect a host to go from {@code from}: the neighbours in RFC 9293's figure, the usual ones first. */
    private static List<TcpState> mistakenFor(TcpState from) {
        return switch (from) {
            case CLOSED -> List.of(SYN_SENT, LISTEN, ESTABLISHED);
            case LISTEN -> List.of(SYN_RECEIVED, ESTABLISHED, SYN_SENT);
            case SYN_SENT -> List.of(ESTABLISHED, SYN_RECEIVED, CLOSED);
            case SYN_RECEIVED -> List.of(ESTABLISHED, LISTEN, CLOSED);
            case ESTABLISHED -> List.of(TIME_WAIT, FIN_WAIT_1, CLOSE_WAIT, CLOSED);
            case FIN_WAIT_1 -> List.of(FIN_WAIT_2, CLOSED, TIME_WAIT, CLOSING);
            case FIN_WAIT_2 -> List.of(CLOSED, TIME_WAIT, CLOSE_WAIT);
            case CLOSE_WAIT -> List.of(TIME_WAIT, LAST_ACK, CLOSED);
            case CLOSING -> List.of(CLOSED, TIME_WAIT, LAST_ACK);
            case LAST_ACK -> List.of(TIME_WAIT, CLOSED, CLOSE_WAIT);
            case TIME_WAIT -> List.of(CLOSED, LISTEN, ESTABLISHED);
        };
    }

    /** The changes learners most often get wrong first: the client's ESTABLISHED and who waits in TIME-WAIT. */
    private static int priority(StateChanged change) {
        TcpState from = change.from();
        TcpState to = change.to();
        if (from == SYN_SENT && to == ESTABLISHED) {
            return 90;
        } else if (from == LAST_ACK && to == CLOSED) {
            return 85;
        } else if (to == TIME_WAIT) {
            return 80;
        } else if (to == CLOSE_WAIT) {
            return 75;
        } else if (to == CLOSING || from == SYN_SENT && to == SYN_RECEIVED) {
            return 70;
        } else if (from == SYN_RECEIVED && to == ESTABLISHED) {
            return 55;
        } else if (to == SYN_RECEIVED || to == LAST_ACK) {
            return 50;
        } else if (to == FIN_WAIT_1 || to == FIN_WAIT_2) {
            return 40;
        }
        return 20;
    }
}
