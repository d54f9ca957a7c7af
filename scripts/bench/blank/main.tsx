// The floor for time-to-first-chart: React mounting one element, built with the app's own Vite set-up.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<div id="blank">blank</div>);
