import { createCallCardSimulator, type B24CallCard } from 'b24-call-card-kit';
import './caller-line.js';

// In a real CALL_CARD widget: b24FrameConnection(await initializeB24Frame()).
const simulator = createCallCardSimulator();
(window as unknown as { b24Simulator: typeof simulator }).b24Simulator = simulator;
document.querySelector<B24CallCard>('b24-call-card')!.connection = simulator;
document.querySelector('#connect')!.addEventListener('click', () => simulator.connect());
