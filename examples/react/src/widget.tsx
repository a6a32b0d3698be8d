import { createRoot } from 'react-dom/client';
import { Widget } from './sdk-widget';

createRoot(document.getElementById('root')!).render(<Widget />);
