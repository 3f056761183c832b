import { z } from 'zod';
import { call } from '../define';
import { searchHitSchema, searchQuerySchema, similarQuerySchema } from '../../domain/search';

export const searchCalls = {
  'search:query': call(searchQuerySchema, z.array(searchHitSchema)),
  'search:similar': call(similarQuerySchema, z.array(searchHitSchema)),
};
