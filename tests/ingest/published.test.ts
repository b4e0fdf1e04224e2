import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/ingest/article.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { data } from '../helpers/data.js';

const lex = () => data().temporal;
const body = '\n\nبحث وزير الخارجية القطري ونظيره الأمريكي، الثلاثاء، تعزيز التعاون.\n';
const article = (text: string, published?: string) => makeArticle({ id: 'a', source: 'a.txt', text, published }, lex());

describe('publication date', () => {
  it.each([
    ['في 2017/05/31', '2017-05-31'],
    ['2017-05-31', '2017-05-31'],
    ['31/05/2017', '2017-05-31'],
    ['الدوحة - 31 مايو 2017', '2017-05-31'],
    ['٣١ أيار ٢٠١٧', '2017-05-31'],
    ['نشر بتاريخ: 31-05-2017', '2017-05-31'],
    ['تم النشر: الأربعاء 31 مايو 2017 - 10:42 ص', '2017-05-31'],
    ['۳۱/۰۵/۲۰۱۷', '2017-05-31'],
  ])('reads the dateline %s', (line, want) => {
    const a = article(`عنوان الخبر\n${line}${body}`);
    expect(a.published).toBe(want);
    expect(a.published_from).toBe('dateline');
  });

  it('prefers a marked line over an earlier bare date', () => {
    const a = article(`أرشيف 2016/01/01 - عدد خاص\nنشر بتاريخ: 2017-05-31${body}`);
    expect(a.published).toBe('2017-05-31');
  });

  it('takes front matter before the text, and --published before both', () => {
    const text = `---\npublished: 2015-08-02\nsource: "Agency"\ntitle: خبر\n---\nفي 2017/05/31${body}`;
    const a = article(text);
    expect(a).toMatchObject({ published: '2015-08-02', published_from: 'front-matter', title: 'خبر' });
    expect(a.bodyStart).toBe(text.indexOf('في 2017'));
    expect(article(text, '2016-03-04')).toMatchObject({ published: '2016-03-04', published_from: 'option' });
  });

  it('fails with the file name and the way out when there is no date', () => {
    expect(() => article(`عنوان${body}`)).toThrowError(/a\.txt: no publication date found.*/);
    try {
      article(`عنوان${body}`);
    } catch (e) {
      expect((e as { hint: string }).hint).toBe('give it with --published YYYY-MM-DD');
    }
  });

  it('rejects impossible dates in the dateline, front matter and option', () => {
    expect(() => article(`في 2017/02/30${body}`)).toThrowError(/2017\/02\/30" is not a real date/);
    expect(() => article(`---\npublished: 2017-02-30\n---${body}`)).toThrowError(/does not exist in the calendar/);
    expect(() => article(body, '2017-13-01')).toThrowError(/--published 2017-13-01 does not exist/);
    expect(() => article(body, '31/05/2017')).toThrowError(/is not a date of the form YYYY-MM-DD/);
  });

  it('rejects an empty article', () => {
    expect(() => article('   \n\n')).toThrowError(/a\.txt: empty article/);
    expect(() => article('---\npublished: 2017-05-31\n---\n')).toThrowError(/empty article \(front matter only\)/);
  });
});

describe('front matter', () => {
  it('is only a block at the very top', () => {
    expect(readFrontMatter('نص\n---\na: 1\n---\n')).toBeNull();
    expect(readFrontMatter('---\npublished: 2015-08-02\n---\nنص')).toEqual({ fields: { published: '2015-08-02' }, bodyStart: 30 });
  });
});
