import { createContext } from 'react';

/**
 * The version of the curated dataset on the page (a short content hash), for the citations and the export
 * footers of every card: a context, because the cards, the comparison and their export menus all need it
 * and none of the components between them do.
 */
export const DatasetVersionContext = createContext<string | undefined>(undefined);
