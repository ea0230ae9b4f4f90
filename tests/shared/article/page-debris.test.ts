import { describe, expect, it } from 'vitest';
import { isPageDebris } from '../../../shared/article/page-debris.ts';

describe('isPageDebris', () => {
  it.each([
    'Leave a Reply',
    'Leave a comment',
    'Cancel reply',
    'Share this:',
    'Share this article Facebook Twitter',
    'SHARE',
    'Facebook',
    'Click to share on WhatsApp (Opens in new window)',
    'Related posts',
    'Related Articles:',
    'Read more',
    "Read also: Ukraine's air defense running low ahead of fall, officials warn",
    'READ MORE: Kenya, Tanzania trade spat deepens',
    'Related: EU adopts 21st sanctions package',
    'You may also like',
    'This website uses cookies to improve your experience.',
    'Accept all cookies',
    'Subscribe',
    'Subscribe to our newsletter for daily updates',
    'Advertisement',
    'Story continues below advertisement',
    'Your email address will not be published. Required fields are marked *',
    '© 2026 Meridian News',
    'Tags: diplomacy, Korea',
    'By Amina Diallo · 2 October 2026',
    'Reporting by Jane Doe; Editing by John Roe',
    '  12 Comments  ',
    // photo captions: a "PHOTO:" line, or a line ending with the agency's credit
    'PHOTO: People watch a TV broadcasting a news report on North Korea firing ballistic missiles, at a railway station in Seoul, South Korea, March 10, 2026.',
    'Supporters of the ruling party wave flags during a rally in Tbilisi, Georgia, on Sunday. REUTERS/Irakli Gedenidze',
    'Philippine coast guard personnel stand on a vessel near Scarborough Shoal on Monday. (AP Photo/Aaron Favila)',
    'Soldiers patrol the border near Kuznica, Poland, on September 12, 2026. AFP via Getty Images',
  ])('drops %j', (line) => {
    expect(isPageDebris(line)).toBe(true);
  });

  it.each([
    'Lee said both countries would share intelligence on missile launches.',
    'Students urged supporters to subscribe to the movement’s demands and march again.',
    'By Tuesday, the two sides had agreed on a text.',
    'The ministry said it would reply to the note within days.',
    'Related talks are due to resume in Doha next month.',
    'Watch the border closely, the minister told troops: "Nothing passes."',
    'Cookies and sweets were handed out to children at the border crossing, the Red Cross said.',
    // (an agency named at the end of a sentence is a source, not a photo credit)
    'Two soldiers were killed in the attack, according to Reuters.',
    'The ministry confirmed the arrests to AFP.',
    'About 41% of Americans approve of the deal, according to a Reuters/Ipsos poll.',
    'Support for the treaty fell to 31%, a Reuters/Ipsos poll released on Tuesday showed.',
    'The image was first published by Getty Images.',
    '',
  ])('keeps %j', (line) => {
    expect(isPageDebris(line)).toBe(false);
  });
});
