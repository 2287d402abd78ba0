// On the practice screen: the follow-up for the answer just given, once it is scored. Answering it is up
// to the screen (the next recording is the twist answer, threaded under this one).
import { useQuery } from '@tanstack/react-query';
import type { ChosenTwistView } from '../../../common/practice';
import { practiceApi, practiceKeys } from '../library/practiceApi';
import { TwistOffer } from './TwistOffer';

interface AnswerTwistProps {
  attemptId: number;
  onAnswer: (twist: ChosenTwistView) => void;
  onSkip: () => void;
}

export function AnswerTwist({ attemptId, onAnswer, onSkip }: AnswerTwistProps) {
  const query = useQuery({
    queryKey: practiceKeys.twist(attemptId),
    queryFn: () => practiceApi().getTwist({ attemptId }),
    refetchInterval: (state) => (state.state.data?.state === 'pending' ? 1000 : false),
  });
  const answer = query.data;
  if (answer?.state !== 'ready') return null;
  return <TwistOffer twist={answer.twist} onAnswer={() => onAnswer(answer.twist)} onSkip={onSkip} />;
}
