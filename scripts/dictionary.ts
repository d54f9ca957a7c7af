/** npm run dictionary — rewrites the README's data dictionary from the vocabularies in src/data. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withDataDictionary } from '../src/data/data-dictionary';

writeFileSync('README.md', withDataDictionary(readFileSync('README.md', 'utf8')));
console.log('README.md data dictionary updated.');
