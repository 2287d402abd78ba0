// "Did you say your number?": under an attempt, each linked story's key numbers, said or not.
import { useQuery } from '@tanstack/react-query';
import { practiceApi } from './practiceApi';

export function AttemptNumbers({ attemptId, scored }: { attemptId: number; scored: boolean }) {
  const query = useQuery({
    queryKey: ['practice', 'numbers', attemptId, scored],
    queryFn: () => practiceApi().getAttemptNumbers(attemptId),
    enabled: scored,
  });
  const stories = query.data ?? [];
  if (stories.length === 0) return null;
  return (
    <section className="card attempt-numbers" data-testid="attempt-numbers" aria-label="Did you say your number?">
      {stories.map((story) => (
        <p key={story.storyId} className="small">
          <strong>{story.title}:</strong>{' '}
          {story.checks.map((check, index) => (
            <span key={check.keyNumber} className={check.said === null ? 'muted' : check.said ? 'ok-text' : 'bad-text'}>
              {index > 0 ? ' · ' : ''}
              {check.said === null ? '–' : check.said ? '✓' : '✗'} {check.keyNumber}
              <span className="visually-hidden">
                {check.said === null ? ' (not a figure)' : check.said ? ' said' : ' not said'}
              </span>
            </span>
          ))}
        </p>
      ))}
    </section>
  );
}
