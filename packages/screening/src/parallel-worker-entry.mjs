// Entry of a screening thread: TypeScript sources run through tsx, as everywhere in the repository.
import { register } from 'tsx/esm/api';

register();
await import('./parallel-worker.ts');
