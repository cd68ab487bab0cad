import type { Text } from '../api/types';

/** Names of the 시군구 codes the demo and tests use (the API returns codes only). */
const rows: [string, string, string][] = [
  ['11110', '종로구', 'Jongno-gu'],
  ['11140', '중구', 'Jung-gu'],
  ['11170', '용산구', 'Yongsan-gu'],
  ['11200', '성동구', 'Seongdong-gu'],
  ['11215', '광진구', 'Gwangjin-gu'],
  ['11230', '동대문구', 'Dongdaemun-gu'],
  ['11260', '중랑구', 'Jungnang-gu'],
  ['11290', '성북구', 'Seongbuk-gu'],
  ['11305', '강북구', 'Gangbuk-gu'],
  ['11320', '도봉구', 'Dobong-gu'],
  ['11350', '노원구', 'Nowon-gu'],
  ['11380', '은평구', 'Eunpyeong-gu'],
  ['11410', '서대문구', 'Seodaemun-gu'],
  ['11440', '마포구', 'Mapo-gu'],
  ['11470', '양천구', 'Yangcheon-gu'],
  ['11500', '강서구', 'Gangseo-gu'],
  ['11530', '구로구', 'Guro-gu'],
  ['11545', '금천구', 'Geumcheon-gu'],
  ['11560', '영등포구', 'Yeongdeungpo-gu'],
  ['11590', '동작구', 'Dongjak-gu'],
  ['11620', '관악구', 'Gwanak-gu'],
  ['11650', '서초구', 'Seocho-gu'],
  ['11680', '강남구', 'Gangnam-gu'],
  ['11710', '송파구', 'Songpa-gu'],
  ['11740', '강동구', 'Gangdong-gu'],
  ['26350', '해운대구', 'Haeundae-gu'],
  ['27290', '달서구', 'Dalseo-gu'],
  ['28237', '부평구', 'Bupyeong-gu'],
  ['29170', '북구', 'Buk-gu'],
  ['30170', '서구', 'Seo-gu'],
  ['31140', '남구', 'Nam-gu'],
  ['36110', '세종시', 'Sejong-si'],
  ['41111', '수원시 장안구', 'Suwon-si Jangan-gu'],
  ['41135', '성남시 분당구', 'Seongnam-si Bundang-gu'],
  ['41820', '가평군', 'Gapyeong-gun'],
  ['43111', '청주시 상당구', 'Cheongju-si Sangdang-gu'],
  ['43760', '괴산군', 'Goesan-gun'],
  ['44200', '아산시', 'Asan-si'],
  ['46110', '목포시', 'Mokpo-si'],
  ['47111', '포항시 남구', 'Pohang-si Nam-gu'],
  ['48121', '창원시 의창구', 'Changwon-si Uichang-gu'],
  ['48310', '거제시', 'Geoje-si'],
  ['50110', '제주시', 'Jeju-si'],
  ['51110', '춘천시', 'Chuncheon-si'],
  ['52111', '전주시 완산구', 'Jeonju-si Wansan-gu'],
];

const provinces: Record<string, Text> = {
  '11': { ko: '서울특별시', en: 'Seoul' },
  '26': { ko: '부산광역시', en: 'Busan' },
  '27': { ko: '대구광역시', en: 'Daegu' },
  '28': { ko: '인천광역시', en: 'Incheon' },
  '29': { ko: '광주광역시', en: 'Gwangju' },
  '30': { ko: '대전광역시', en: 'Daejeon' },
  '31': { ko: '울산광역시', en: 'Ulsan' },
  '36': { ko: '세종특별자치시', en: 'Sejong' },
  '41': { ko: '경기도', en: 'Gyeonggi-do' },
  '43': { ko: '충청북도', en: 'Chungcheongbuk-do' },
  '44': { ko: '충청남도', en: 'Chungcheongnam-do' },
  '46': { ko: '전라남도', en: 'Jeollanam-do' },
  '47': { ko: '경상북도', en: 'Gyeongsangbuk-do' },
  '48': { ko: '경상남도', en: 'Gyeongsangnam-do' },
  '50': { ko: '제주특별자치도', en: 'Jeju' },
  '51': { ko: '강원특별자치도', en: 'Gangwon' },
  '52': { ko: '전북특별자치도', en: 'Jeonbuk' },
};

const byCode = new Map(rows.map(([code, ko, en]) => [code, { ko, en }]));

/** "서울특별시 종로구 (11110)" / "Jongno-gu, Seoul (11110)"; an unknown code shows as itself. */
export function regionName(code: string | null | undefined, lang: 'ko' | 'en'): string {
  if (!code) return '—';
  const r = byCode.get(code);
  const p = provinces[code.slice(0, 2)];
  if (!r) return code;
  if (lang === 'ko') return `${p ? `${p.ko} ` : ''}${r.ko}`;
  return `${r.en}${p ? `, ${p.en}` : ''}`;
}
