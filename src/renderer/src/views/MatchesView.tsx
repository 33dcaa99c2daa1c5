import { EmptyState } from '../components/EmptyState';
import { navigate } from '../app/routes';

// Built in its own issue; until then the view says what it will hold and where to go meanwhile.
export function MatchesView() {
  return (
    <section className="view">
      <EmptyState title="Matches" actions={<button onClick={() => navigate('candidates')}>Go to Candidates</button>}>
        This view is being built. Your candidates are in the Candidates view.
      </EmptyState>
    </section>
  );
}
