// The fields that ministries, provincial departments (Sở) and district divisions (Phòng) are named
// after, in the English the Government's portal and the ministries' own English sites use
// (`Bộ Y tế` -> Ministry of Health, `Sở Y tế` -> Department of Health). One table serves all three
// levels and the commemorative medals "Vì sự nghiệp …".

export const FIELDS: Record<string, string> = {
  'Quốc phòng': 'National Defence',
  'Công an': 'Public Security',
  'Ngoại giao': 'Foreign Affairs',
  'Nội vụ': 'Home Affairs',
  'Tư pháp': 'Justice',
  'Tài chính': 'Finance',
  'Kế hoạch và Đầu tư': 'Planning and Investment',
  'Công Thương': 'Industry and Trade',
  'Nông nghiệp và Phát triển nông thôn': 'Agriculture and Rural Development',
  'Nông nghiệp và Môi trường': 'Agriculture and Environment',
  'Giao thông vận tải': 'Transport',
  'Xây dựng': 'Construction',
  'Tài nguyên và Môi trường': 'Natural Resources and Environment',
  'Thông tin và Truyền thông': 'Information and Communications',
  'Lao động - Thương binh và Xã hội': 'Labour, Invalids and Social Affairs',
  'Văn hóa, Thể thao và Du lịch': 'Culture, Sports and Tourism',
  'Khoa học và Công nghệ': 'Science and Technology',
  'Giáo dục và Đào tạo': 'Education and Training',
  'Y tế': 'Health',
  'Dân tộc và Tôn giáo': 'Ethnic and Religious Affairs',
  // Provincial departments and district divisions only.
  'Ngoại vụ': 'Foreign Affairs',
  'Du lịch': 'Tourism',
  'Văn hóa và Thể thao': 'Culture and Sports',
  'Văn hóa - Thể thao': 'Culture and Sports',
  'Quy hoạch - Kiến trúc': 'Planning and Architecture',
  'Tài chính - Kế hoạch': 'Finance and Planning',
  'Văn hóa và Thông tin': 'Culture and Information',
  'Văn hóa - Thông tin': 'Culture and Information',
  'Kinh tế': 'Economy',
  'Kinh tế - Hạ tầng': 'Economy and Infrastructure',
  'Quản lý đô thị': 'Urban Management',
  'Lao động': 'Labour',
  'Giáo dục': 'Education',
};

/** Divisions of a provincial police force (`Phòng Cảnh sát giao thông`), one set across provinces. */
export const POLICE_UNITS: Record<string, string> = {
  'Cảnh sát giao thông': 'Traffic Police',
  'Cảnh sát hình sự': 'Criminal Police',
  'Cảnh sát kinh tế': 'Economic Police',
  'Cảnh sát điều tra tội phạm về ma túy': 'Drug Crime Investigation Police',
  'Cảnh sát điều tra tội phạm về trật tự xã hội': 'Social Order Crime Investigation Police',
  'Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ':
    'Fire Prevention, Fighting and Rescue Police',
  'Cảnh sát phòng cháy, chữa cháy': 'Fire Prevention and Fighting Police',
  'Cảnh sát quản lý hành chính về trật tự xã hội': 'Administrative Police for Social Order',
  'Cảnh sát cơ động': 'Mobile Police',
  'An ninh kinh tế': 'Economic Security',
  'An ninh điều tra': 'Security Investigation',
  'An ninh chính trị nội bộ': 'Internal Political Security',
  'Tham mưu': 'Staff',
  'Xây dựng phong trào bảo vệ an ninh Tổ quốc': 'Movement for National Security Protection',
};

/** Steering committees and what they steer: `Ban Chỉ đạo phòng, chống dịch Covid-19`. */
export const STEERING_TOPICS: Record<string, string> = {
  'phòng, chống dịch Covid-19': 'COVID-19 Prevention and Control',
  'phòng chống dịch Covid-19': 'COVID-19 Prevention and Control',
  'phòng, chống dịch bệnh Covid-19': 'COVID-19 Prevention and Control',
  'phòng, chống dịch': 'Epidemic Prevention and Control',
  'phòng chống dịch': 'Epidemic Prevention and Control',
  'phòng, chống dịch bệnh': 'Epidemic Prevention and Control',
  'công tác phòng, chống dịch bệnh': 'Epidemic Prevention and Control',
  'phòng, chống thiên tai': 'Natural Disaster Prevention and Control',
  'phòng chống thiên tai': 'Natural Disaster Prevention and Control',
  'phòng, chống tham nhũng, tiêu cực':
    'Prevention and Control of Corruption and Negative Phenomena',
  'phòng, chống tham nhũng': 'Anti-Corruption',
  'Du lịch': 'Tourism',
};
