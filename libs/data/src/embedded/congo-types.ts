import type { congodb } from '@push.rocks/smartmongo';
import type { CongoStorage } from '../engine/start-congo-server.js';

/**
 * CongoDB's own copy of bson: its storage keys documents by that copy's ObjectId, so values
 * restored into it must be made with the same classes. Only ever loaded dynamically.
 */
export type CongoBson = typeof congodb.plugins.bson;
export type CongoEjson = CongoBson['EJSON'];
export type CongoObjectId = InstanceType<CongoBson['ObjectId']>;

export type StoredDocument = Awaited<ReturnType<CongoStorage['findAll']>>[number];
export type StoredIndex = Awaited<ReturnType<CongoStorage['getIndexes']>>[number];
export type IndexSpec = Omit<StoredIndex, 'name'>;

export type { CongoStorage };
