import {describe, expect, it} from 'vitest';
import {htmlToText} from '../../source/text/html-to-text.js';

describe('HTML fragments as plain text', () => {
  it('puts paragraphs, list items and headings on lines of their own, also when tags are left open', () => {
    expect(htmlToText('<h2>Gipfel in Genf</h2><p>Die Delegationen treffen sich am Montag.<p>Ein Ergebnis wird nicht erwartet.')).toBe(
      'Gipfel in Genf\nDie Delegationen treffen sich am Montag.\nEin Ergebnis wird nicht erwartet.',
    );
    expect(htmlToText('<ul><li>Selenskyj<li>Rubio</ul>')).toBe('Selenskyj\nRubio');
  });

  it('breaks lines at <br>, keeps inline markup within the line and collapses spaces', () => {
    expect(htmlToText('Kiew<br>Moskau<br/>Washington')).toBe('Kiew\nMoskau\nWashington');
    expect(htmlToText('<p>Der <b>Außenminister</b>   sagte <a href="/x">am Abend</a>:</p>')).toBe('Der Außenminister sagte am Abend:');
  });

  it('makes any spacing within a line one space and drops lines left empty or blank', () => {
    expect(htmlToText('<p>\tDie Delegationen&nbsp;&nbsp;treffen\u2003sich \u00A0am Montag. </p>\n \n<p> </p><p>\u3000Ein Ergebnis\twird nicht erwartet.\f</p>')).toBe(
      'Die Delegationen treffen sich am Montag.\nEin Ergebnis wird nicht erwartet.',
    );
    expect(htmlToText('Kiew <br> <br>\n Moskau')).toBe('Kiew\nMoskau');
    expect(htmlToText(' \n\t\u00A0')).toBe('');
  });

  it('decodes entities', () => {
    expect(htmlToText('<p>&bdquo;Waffenruhe&ldquo; &amp; Gespr&auml;che &#8211; &#x201E;jetzt&#x201C;</p>')).toBe('„Waffenruhe“ & Gespräche – „jetzt“');
  });

  it('decodes entities as browsers do in text, in a title too, but not inside <textarea> or <xmp>, whose text is raw', () => {
    // Without a semicolon and before a tag (HTML's legacy rules); a title's text is decoded too.
    expect(htmlToText('<p>Kiew &amp Moskau&nbsp<b>Genf</b> &notin; &noti; &#65 &#x201E;</p><title>A &amp; B</title>')).toBe('Kiew & Moskau Genf ∉ ¬i; A „\nA & B');
    expect(htmlToText('<textarea>Kiew &amp; Moskau</textarea><p>Genf &amp; Rom</p>')).toBe('Kiew &amp; Moskau\nGenf & Rom');
    expect(htmlToText('<XMP>Kiew &amp; <b>Moskau</b></XMP>')).toBe('Kiew &amp; <b>Moskau</b>');
  });

  it('leaves out scripts, styles, embedded frames and graphics, also when they contain markup', () => {
    expect(htmlToText('<p>Vor</p><script>document.write("<p>nein</p>")</script><style>p {}</style><iframe>nein</iframe><svg><text>nein</text></svg><noscript><p>nein</p></noscript><p>Nach</p>')).toBe('Vor\nNach');
  });

  it('drops comments and returns nothing for markup without text', () => {
    expect(htmlToText('<!-- Anzeige --><p>Text</p>')).toBe('Text');
    expect(htmlToText('<img src="bild.jpg"><p> </p>')).toBe('');
  });
});
