// The rule for one person across articles (src/collection/people/cluster.ts, docs/people.md).
import { describe, expect, it } from 'vitest';
import { clusterPeople, compatibleRoles } from '@/collection/people/cluster';
import type { Occurrence } from '@/collection/people/occurrence';

let n = 0;
const at = (name: string, roles: string[], date: string | null = null): Occurrence => ({
  name,
  roles,
  slug: `bai-${++n}`,
  title: 'Tiêu đề',
  personId: 'p',
  date,
  directives: [],
  awards: [],
});
const sizes = (groups: Occurrence[][]) => groups.map((g) => g.length).sort();

describe('people across articles', () => {
  it('same-name-same-office: one official in many articles is one person', () => {
    const groups = clusterPeople([
      at('Trần Văn Bình', ['Chủ tịch UBND tỉnh Cà Mau']),
      at('Trần  Văn Bình', ['Chủ tịch UBND tỉnh Cà Mau']),
      at('TRẦN VĂN BÌNH', ['Chủ tịch UBND tỉnh Cà Mau']),
    ]);
    expect(sizes(groups)).toEqual([3]);
  });

  it('fuller-writing-of-the-role: a shorter writing of the same office is the same person', () => {
    expect(compatibleRoles('Phó Thủ tướng', 'Phó Thủ tướng Chính phủ')).toBe(true);
    const groups = clusterPeople([
      at('Lê Minh Hà', ['Phó Thủ tướng Chính phủ']),
      at('Lê Minh Hà', ['Phó Thủ tướng']),
    ]);
    expect(sizes(groups)).toEqual([2]);
  });

  it('same-name-conflicting-roles: two offices in two provinces stay two people', () => {
    expect(compatibleRoles('Chủ tịch UBND tỉnh Long An', 'Chủ tịch UBND tỉnh Bến Tre')).toBe(false);
    const groups = clusterPeople([
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Long An']),
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Bến Tre']),
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Long An']),
    ]);
    expect(sizes(groups)).toEqual([1, 2]);
  });

  it('ambiguous-generic-role: a role that fits both people joins neither', () => {
    const groups = clusterPeople([
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Long An']),
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Bến Tre']),
      at('Phạm Văn Hùng', ['Chủ tịch']),
      at('Phạm Văn Hùng', []),
    ]);
    expect(sizes(groups)).toEqual([1, 1, 1, 1]);
  });

  it('no-role-joins-the-only-person: a name without a role joins the one person of that name', () => {
    const groups = clusterPeople([at('Vũ Thị Lan', []), at('Vũ Thị Lan', ['Bộ trưởng Bộ Y tế'])]);
    expect(sizes(groups)).toEqual([2]);
  });

  it('tone-marks-make-another-name', () => {
    const groups = clusterPeople([at('Nguyễn Văn Nên', []), at('Nguyễn Văn Nến', [])]);
    expect(sizes(groups)).toEqual([1, 1]);
  });

  it('does not depend on the order of the input', () => {
    const input = [
      at('Phạm Văn Hùng', ['Chủ tịch']),
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Long An']),
      at('Phạm Văn Hùng', ['Chủ tịch UBND tỉnh Bến Tre']),
    ];
    const slugs = (g: Occurrence[][]) => g.map((x) => x.map((o) => o.slug).sort()).sort();
    expect(slugs(clusterPeople(input))).toEqual(slugs(clusterPeople([...input].reverse())));
  });
});
