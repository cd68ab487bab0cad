import type { Text } from './text.js';

/**
 * Regions (시군구) by their five-digit administrative code. The 시군구 code of a household's
 * address decides the responsible local government (and so the caseworkers who may see it) and
 * the regional classes several rules use.
 *
 * - `nblssArea` — the class of the NBLSS basic property deduction (기본재산액): 서울 / 경기 /
 *   광역시·세종·창원 / 그 외.
 * - `cityClass` — 대도시 / 중소도시 / 농어촌, used by the Basic and Disability Pension deductions
 *   and by the emergency-welfare asset caps. Autonomous districts (구) of the special and
 *   metropolitan cities are 대도시, cities (시) are 중소도시, counties (군) are 농어촌.
 */
export type NblssArea = 'seoul' | 'gyeonggi' | 'metro' | 'other';
export type CityClass = 'metro' | 'smallCity' | 'rural';

export interface Region {
  code: string;
  name: Text;
  province: Text;
  nblssArea: NblssArea;
  cityClass: CityClass;
  /** 주거급여 급지: 1 Seoul, 2 Gyeonggi and Incheon, 3 metropolitan cities, Sejong and 특례시 outside the capital region, 4 elsewhere. */
  housingTier: 1 | 2 | 3 | 4;
}

type Row = [code: string, ko: string, en: string];

const provinces: Record<string, { name: Text; nblssArea: NblssArea; defaultClass: CityClass }> = {
  '11': { name: { ko: '서울특별시', en: 'Seoul' }, nblssArea: 'seoul', defaultClass: 'metro' },
  '26': { name: { ko: '부산광역시', en: 'Busan' }, nblssArea: 'metro', defaultClass: 'metro' },
  '27': { name: { ko: '대구광역시', en: 'Daegu' }, nblssArea: 'metro', defaultClass: 'metro' },
  '28': { name: { ko: '인천광역시', en: 'Incheon' }, nblssArea: 'metro', defaultClass: 'metro' },
  '29': { name: { ko: '광주광역시', en: 'Gwangju' }, nblssArea: 'metro', defaultClass: 'metro' },
  '30': { name: { ko: '대전광역시', en: 'Daejeon' }, nblssArea: 'metro', defaultClass: 'metro' },
  '31': { name: { ko: '울산광역시', en: 'Ulsan' }, nblssArea: 'metro', defaultClass: 'metro' },
  '36': { name: { ko: '세종특별자치시', en: 'Sejong' }, nblssArea: 'metro', defaultClass: 'smallCity' },
  '41': { name: { ko: '경기도', en: 'Gyeonggi-do' }, nblssArea: 'gyeonggi', defaultClass: 'smallCity' },
  '43': { name: { ko: '충청북도', en: 'Chungcheongbuk-do' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '44': { name: { ko: '충청남도', en: 'Chungcheongnam-do' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '46': { name: { ko: '전라남도', en: 'Jeollanam-do' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '47': { name: { ko: '경상북도', en: 'Gyeongsangbuk-do' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '48': { name: { ko: '경상남도', en: 'Gyeongsangnam-do' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '50': { name: { ko: '제주특별자치도', en: 'Jeju' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '51': { name: { ko: '강원특별자치도', en: 'Gangwon' }, nblssArea: 'other', defaultClass: 'smallCity' },
  '52': { name: { ko: '전북특별자치도', en: 'Jeonbuk' }, nblssArea: 'other', defaultClass: 'smallCity' },
};

const rows: Row[] = [
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

function classify(code: string, ko: string): Region {
  const province = provinces[code.slice(0, 2)];
  if (!province) throw new Error(`region ${code}: unknown province`);
  const isChangwon = code.startsWith('4812');
  const cityClass: CityClass = ko.endsWith('군') ? 'rural' : province.defaultClass;
  return {
    code,
    name: {
      ko: `${province.name.ko} ${ko}`,
      en: `${rows.find((r) => r[0] === code)?.[2]}, ${province.name.en}`,
    },
    province: province.name,
    nblssArea: isChangwon ? 'metro' : province.nblssArea,
    cityClass,
    // 창원 is a 특례시 outside the capital region: 3급지 like the metropolitan cities (Bokjiro WLF00003201, 2026).
    housingTier: isChangwon ? 3 : housingTier(code.slice(0, 2)),
  };
}

function housingTier(province: string): 1 | 2 | 3 | 4 {
  if (province === '11') return 1;
  if (province === '41' || province === '28') return 2;
  if (['26', '27', '29', '30', '31', '36'].includes(province)) return 3;
  return 4;
}

export const regions: ReadonlyMap<string, Region> = new Map(
  rows.map(([code, ko]) => [code, classify(code, ko)]),
);

export function findRegion(code: string): Region | undefined {
  return regions.get(code);
}

export function listRegions(): Region[] {
  return [...regions.values()];
}
