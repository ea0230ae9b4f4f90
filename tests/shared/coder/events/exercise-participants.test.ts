import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

// Sentences written for these tests (2026-12-06).
describe('the participants of an exercise', () => {
  it('named as the object of "involved": military cooperation between each two of them', async () => {
    const events = await code(
      'The three-day Freedom Edge exercise, which began Sunday, involved a U.S. aircraft carrier, South Korean and Japanese destroyers and fighter jets, and focused on missile defense.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '06')).toEqual(['KOR>JPN 062', 'USA>JPN 062', 'USA>KOR 062']);
  });

  it('named as where troops come from, after "a drill involving"', async () => {
    const events = await code('Troops began a drill involving soldiers from Uganda, Rwanda and Tanzania near Nanyuki on Monday.');
    expect(briefsOf(events, (e) => e.cameo.root === '06')).toEqual(['RWA>TZA 062', 'UGA>RWA 062', 'UGA>TZA 062']);
  });

  it('as the subject of the end of an exercise: "wrapped up a maritime cooperative activity"', async () => {
    const events = await code('Japan, the United States and the Philippines wrapped up a three-day maritime cooperative activity west of Luzon on Friday.');
    expect(briefsOf(events, (e) => e.cameo.root === '06')).toEqual(['JPN>PHL 062', 'JPN>USA 062', 'USA>PHL 062']);
  });

  it('"were joined by troops from X, Y and Z for the exercise": the subject exercises with each of them', async () => {
    const events = await code('Danish forces were joined by troops from France, Germany and Norway this week for the Arctic Light exercise.');
    expect(briefsOf(events, (e) => e.cameo.root === '06')).toEqual(['DNK>DEU 062', 'DNK>FRA 062', 'DNK>NOR 062']);
    // (joined for something that is no exercise)
    expect(await code('Danish officials were joined by envoys from France and Norway for the ceremony.')).toEqual([]);
  });

  it('a host of an exercise cooperates with each state whose troops take part, and with no state near it', async () => {
    const croatia = await code(
      'The row comes as Croatia hosts a NATO exercise in which some 3,000 troops from the United States, Albania and Slovenia are training alongside Croatian forces near the Serbian border.',
    );
    expect(briefsOf(croatia, (e) => e.cameo.root === '06' || e.cameo.root === '07')).toEqual(['HRV>ALB 062', 'HRV>SVN 062', 'HRV>USA 062']);
    const norway = await code(
      'Norway is hosting the exercise in Finnmark, near the Russian border, with the participation of troops from the United States, the United Kingdom and Finland.',
    );
    expect(briefsOf(norway)).toEqual(['NOR>FIN 062', 'NOR>GBR 062', 'NOR>USA 062']);
    // (troops named in another clause, or taking no part, are no participants)
    const other = await code('Lithuania is hosting the exercise near the border, days after Russia withdrew troops from Belarus.');
    expect(other.some((e) => e.cameo.code === '062')).toBe(false);
    const none = await code('Estonia hosted the drills last year, but troops from Finland and Sweden did not take part.');
    expect(none.some((e) => e.cameo.code === '062')).toBe(false);
    // (a host of talks is no host of an exercise, and an exercise with no troops from anywhere has no participants)
    expect(briefsOf(await code('Norway is hosting the annual exercise in Finnmark near the Russian border.'), (e) => e.cameo.root === '06')).toEqual([]);
  });

  it('training alongside other forces is no training given to them (072)', async () => {
    const events = await code('Some 3,000 troops from the United States are training alongside Croatian forces at the Slunj range.');
    expect(events.some((e) => e.cameo.code === '072')).toBe(false);
  });

  it('the participants are the list right after the verb: a clause after it, or a reaction to an exercise, adds none', async () => {
    const protest = await code('The Freedom Edge exercise involved a U.S. aircraft carrier and Japanese destroyers and drew a sharp protest from North Korea.');
    expect(briefsOf(protest, (e) => e.cameo.root === '06')).toEqual(['USA>JPN 062']);
    const condemning = await code('Ukraine was joined by Poland and the Baltic states in condemning the exercise.');
    expect(condemning.filter((e) => e.cameo.root === '06')).toEqual([]);
    const planned = await code('China condemned a planned drill involving Japan and the Philippines.');
    expect(planned.find((e) => e.cameo.code === '062')?.modality).toBe('planned');
  });

  it('games that are no war games, and a place where an exercise is held, are no participants', async () => {
    expect(await code('The Olympic games, which ended Sunday, involved athletes from France and Kenya.')).toEqual([]);
    const held = await code('The exercise involved Polish and Lithuanian troops in Estonia.');
    expect(briefsOf(held, (e) => e.cameo.root === '06')).toEqual(['POL>LTU 062']);
  });
});

describe('an exercise announced by two states', () => {
  it('"will start a five-day exercise" is their plan of military cooperation (0312), no threat of force', async () => {
    expect(briefsOf(await code('US and Saudi naval forces will start a five-day exercise in the Red Sea on Thursday.'))).toEqual(['USA>SAU 0312']);
    expect(briefsOf(await code('US and Saudi naval forces started a five-day exercise in the Red Sea on Thursday.'))).toEqual(['USA>SAU 062']);
  });
});
