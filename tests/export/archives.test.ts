import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { blobToBase64, buildDeck } from '../../src/export/pptx-export';
import { zipFiles } from '../../src/export/zip-export';

// A 1×1 transparent PNG: enough for the archive structure, which is what these tests check.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (ch) => ch.charCodeAt(0),
);
const png = () => new Blob([PNG], { type: 'image/png' });
const decode = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

describe('zipFiles()', () => {
  it('stores every file under its name', async () => {
    const blob = await zipFiles([
      { name: 'a.png', data: png() },
      { name: 'b.png', data: png() },
    ]);
    expect(blob.type).toBe('application/zip');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(['a.png', 'b.png']);
    expect(await zip.file('a.png')!.async('uint8array')).toEqual(PNG);
  });
});

describe('buildDeck()', () => {
  it('makes a title slide and one slide per figure, each with its notes', async () => {
    const quote = '2023年中国液冷服务器市场规模15.5亿美元';
    const blob = await buildDeck({
      title: 'AI compute claims',
      subtitle: '2 figures',
      titleNotes: 'Sources: <all>',
      slides: [
        { title: 'One', alt: 'One: unit', png: png(), notes: `One\n“${quote}” & more` },
        { title: 'Two', alt: 'Two: unit', png: png(), notes: 'Two' },
      ],
    });
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(3);
    const notes = await zip.file('ppt/notesSlides/notesSlide2.xml')!.async('string');
    expect(decode(notes)).toContain(`“${quote}” & more`);
    expect(decode(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string'))).toContain('Sources: <all>');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !zip.files[f]!.dir)).toHaveLength(2);
  });
});

describe('buildDeck() title slide', () => {
  it('shows the dataset line with its version on the title slide', async () => {
    const blob = await buildDeck({
      title: 'AI compute claims',
      subtitle: '1 figure',
      datasetLine: 'AI compute claims · data/claims.csv · dataset version 3f9a1c2e4b',
      titleNotes: '',
      slides: [{ title: 'One', alt: 'One', png: png(), notes: '' }],
    });
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(decode(await zip.file('ppt/slides/slide1.xml')!.async('string'))).toContain('dataset version 3f9a1c2e4b');
  });
});

describe('blobToBase64()', () => {
  it('encodes bytes as base64, large blobs too', async () => {
    expect(await blobToBase64(new Blob(['hi']))).toBe('aGk=');
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(Buffer.from(await blobToBase64(new Blob([big])), 'base64')).toEqual(Buffer.from(big));
  });
});
