// Long articles of our own words for the browser journeys and bench:ui: they are extracted by docbao's
// own extractor, as the CLI would, so that their size and shape are what a reader could really load.
import { extractArticle } from '../../../src/extract/index';

const NAMES = ['Trần Văn Bình', 'Lê Thị Hoa', 'Phạm Quốc Khánh', 'Nguyễn Hữu Tâm'];

/** One paragraph of an official report: an instruction, a remark or an award, by turns. */
function paragraph(i: number): string {
  const name = NAMES[i % NAMES.length]!;
  if (i % 3 === 0)
    return `Chủ tịch UBND tỉnh ${name} yêu cầu các sở, ngành rà soát kế hoạch số ${i} và báo cáo trước ngày ${1 + (i % 28)}/${1 + (i % 12)}.`;
  if (i % 3 === 1)
    return `Theo ông ${name.split(' ').pop()}, các địa phương phải bảo đảm tiến độ, không để chậm trễ ở khâu ${i}.`;
  return `Dịp này, ${i % 20} tập thể đã được nhận Bằng khen của Chủ tịch UBND tỉnh vì thành tích trong đợt ${i}.`;
}

/** `paragraphs` paragraphs with a heading every 50, as a long report has. */
export function longArticle(paragraphs: number, slug = `long-${paragraphs}`) {
  const lines: string[] = ['Báo cáo tổng kết công tác năm của các sở, ngành trong tỉnh'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0 && i > 0) lines.push(`Phần ${i / 50}: nhiệm vụ của các sở, ngành`);
    lines.push(paragraph(i));
  }
  lines.push('Minh An');
  return extractArticle(lines.join('\n\n'), { slug });
}

/** `count` short lines, one after another without blank lines between them (a list pasted as text). */
export function manyLines(count: number, slug = `lines-${count}`) {
  const lines: string[] = ['Danh sách các hạng mục kiểm tra trong năm'];
  for (let i = 0; i < count; i++) lines.push(`Hạng mục ${i + 1}: đã xong.`);
  return extractArticle(lines.join('\n'), { slug });
}

/** About `megabytes` MB of text in long paragraphs, each several sentences of the report above. */
export function bigArticle(megabytes: number, slug = `big-${megabytes}mb`) {
  const paragraphs: string[] = ['Toàn văn báo cáo chính trị trình đại hội'];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const p = Array.from({ length: 12 }, (_, k) => paragraph(i * 12 + k)).join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  return extractArticle(paragraphs.join('\n\n'), { slug });
}
