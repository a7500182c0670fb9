import { parentPort, workerData } from 'node:worker_threads';
import type { ActorEntry } from '../../compiler/actors/ActorEntry.ts';
import type { InputFile } from '../../compiler/compile.ts';
import { createReaders, readArticle } from '../../compiler/readArticle.ts';
import { loadGazetteer } from '../gazetteer/loadGazetteer.ts';

/**
 * A worker thread of the reading pool (readInWorkers.ts): loads the gazetteer once (from its disk cache),
 * builds the readers once, then reads each batch of articles it is sent and posts the readings back.
 */
const { actors } = workerData as { actors: ActorEntry[] };
const gazetteer = loadGazetteer();
const readers = createReaders(gazetteer, actors);
parentPort!.postMessage({ type: 'ready', gazetteer: `${gazetteer.format}\0${gazetteer.source}` });
parentPort!.on('message', (files: InputFile[]) => {
  parentPort!.postMessage({ type: 'read', readings: files.map((file) => readArticle(file, readers)) });
});
