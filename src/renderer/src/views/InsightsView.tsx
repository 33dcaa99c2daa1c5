import { EmptyState } from '../components/EmptyState';
import { navigate } from '../app/routes';

// Built in its own issue; until then the view says what it will hold and where to go meanwhile.
export function InsightsView() {
  return (
    <section className="view">
      <EmptyState title="Insights" actions={<button onClick={() => navigate('candidates')}>Go to Candidates</button>}>
        This view is being built. Your candidates are in the Candidates view.
      </EmptyState>
    </section>
  );
}
