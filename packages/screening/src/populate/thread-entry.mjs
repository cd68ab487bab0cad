// Entry of a population generator thread: TypeScript sources run through tsx, as everywhere in the repository.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
