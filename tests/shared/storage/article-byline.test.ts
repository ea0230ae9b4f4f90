import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../../shared/model/article.ts';
import { articleRecordOf } from '../../../shared/storage/article-item.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { location, processedArticle } from './event-fixtures.ts';

const dynamo = useDynamoDbLocal();

describe('byline and site name on the article record', () => {
  it('reads a record stored before they were kept as valid, without them', () => {
    const item = { id: 'a1', bucket: 'b', key: 'articles/a.txt', status: 'processed', eventCount: 0, createdAt: 't', updatedAt: 't' };
    const record = articleRecordOf(item);
    expect(record).not.toHaveProperty('byline');
    expect(record).not.toHaveProperty('siteName');
    expect(articleRecordOf({ ...item, byline: 'Amina Diallo', siteName: 'Meridian Times' })).toMatchObject({
      byline: 'Amina Diallo',
      siteName: 'Meridian Times',
    });
  });

  it('stores them with a processed article and keeps them when the article is deleted', async () => {
    const { documentClient, tableName } = await dynamo.newTable();
    const repository = new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0 });
    const v1 = location('articles/pact.html', '01');
    const id = articleIdFor(v1.bucket, v1.key);
    expect(await repository.saveProcessed(processedArticle(v1, { byline: 'Amina Diallo, Li Wei', siteName: 'Meridian Times' }), [])).toBe('written');
    expect(await repository.getArticle(id)).toMatchObject({ status: 'processed', byline: 'Amina Diallo, Li Wei', siteName: 'Meridian Times' });
    expect(await repository.saveDeleted(location('articles/pact.html', '02'))).toBe('written');
    expect(await repository.getArticle(id)).toMatchObject({ status: 'deleted', byline: 'Amina Diallo, Li Wei', siteName: 'Meridian Times' });

    const plain = location('articles/note.txt', '01');
    await repository.saveProcessed(processedArticle(plain), []);
    expect(await repository.getArticle(articleIdFor(plain.bucket, plain.key))).not.toHaveProperty('byline');
  });
});
