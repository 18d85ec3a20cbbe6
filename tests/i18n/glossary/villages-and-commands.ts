// Expected English of village and hamlet heads, a unit's command, the emulation committees, the
// army's yearly titles and the press prize: one list per rule, and the terms that stay Vietnamese.
export const VILLAGES_AND_COMMANDS: Record<string, [string, string][]> = {
  "a village's or hamlet's head is the Head of the place": [
    ['Trưởng thôn Hạ Lũng', 'Head of Hạ Lũng Village'],
    ['Phó Trưởng thôn 7', 'Deputy Head of Village 7'],
    ['Trưởng ấp Long Hưng', 'Head of Long Hưng Hamlet'],
    ['Trưởng bản Tà Xùa, xã Bản Công', 'Head of Tà Xùa Village, Bản Công Commune'],
    ['Bí thư Chi bộ ấp Tân Thành', 'Secretary of the Tân Thành Hamlet Party Cell'],
  ],
  "a unit's command is named after the unit": [
    [
      'Bằng khen của Bộ Tư lệnh Quân khu 7',
      'Certificate of Merit of the Military Region 7 Command',
    ],
    ['Tham mưu trưởng Bộ Tư lệnh Quân đoàn 4', 'Chief of Staff of the Army Corps 4 Command'],
  ],
  'every province has an Emulation and Commendation Committee; so has the centre': [
    [
      'Trưởng Ban Thi đua - Khen thưởng tỉnh Quảng Bình',
      'Head of the Quảng Bình Provincial Emulation and Commendation Committee',
    ],
    [
      'Phó Trưởng Ban Thi đua - Khen thưởng Trung ương',
      'Deputy Head of the Central Emulation and Commendation Committee',
    ],
  ],
  "the army's yearly titles and the press's prize": [
    ['danh hiệu Đơn vị quyết thắng', 'title of Determined-to-Win Unit'],
    ['Chiến sĩ quyết thắng', 'Determined-to-Win Soldier'],
    ['Giải Báo chí Quốc gia', 'National Press Award'],
    ['Giải thưởng Báo chí quốc gia', 'National Press Award'],
  ],
};

export const VILLAGES_STAY_VIETNAMESE: string[] = [
  // A quarter and a residential group have no one English name.
  'Trưởng khu phố 6',
  'Tổ trưởng tổ dân phố số 2',
  // A chair heads a committee, which a village has not.
  'Chủ tịch thôn Phú Lộc',
  // A command of a unit that is not a named force; a committee inside a department.
  'Bằng khen của Bộ Tư lệnh Trường Sơn',
  'Trưởng Ban Thi đua - Khen thưởng Sở Giáo dục và Đào tạo',
  // A prize named after a person or a motto.
  'Giải Búa liềm vàng',
];
