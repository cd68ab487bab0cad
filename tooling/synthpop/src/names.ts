import { type Rng, weighted } from './rng.js';

/** Korean surnames with approximate population shares (인구주택총조사 2015 성씨 통계, approx.). */
export const SURNAMES = weighted<string>([
  ['김', 21.5],
  ['이', 14.7],
  ['박', 8.4],
  ['최', 4.7],
  ['정', 4.3],
  ['강', 2.4],
  ['조', 2.1],
  ['윤', 2.1],
  ['장', 2.0],
  ['임', 1.7],
  ['한', 1.5],
  ['오', 1.5],
  ['서', 1.5],
  ['신', 1.4],
  ['권', 1.4],
  ['황', 1.4],
  ['안', 1.4],
  ['송', 1.3],
  ['류', 1.2],
  ['전', 1.1],
  ['홍', 1.1],
  ['고', 0.9],
  ['문', 0.9],
  ['양', 0.9],
  ['손', 0.9],
  ['배', 0.8],
  ['백', 0.8],
  ['허', 0.7],
  ['유', 0.7],
  ['남', 0.6],
  ['심', 0.6],
  ['노', 0.6],
  ['하', 0.5],
  ['곽', 0.4],
  ['성', 0.4],
  ['차', 0.4],
  ['주', 0.4],
  ['우', 0.4],
  ['구', 0.4],
  ['민', 0.3],
  ['진', 0.3],
  ['나', 0.3],
  ['지', 0.3],
  ['엄', 0.3],
  ['변', 0.3],
  ['채', 0.3],
  ['원', 0.3],
  ['천', 0.2],
  ['방', 0.2],
  ['공', 0.2],
  ['현', 0.2],
  ['함', 0.2],
  ['염', 0.2],
  ['여', 0.2],
  ['추', 0.1],
  ['도', 0.1],
  ['소', 0.1],
  ['석', 0.1],
  ['선', 0.1],
  ['설', 0.1],
  ['마', 0.1],
  ['길', 0.1],
  ['연', 0.1],
  ['표', 0.1],
  ['제', 0.1],
  ['남궁', 0.05],
  ['황보', 0.03],
  ['제갈', 0.02],
  ['선우', 0.01],
]);

/** Given-name syllables by sex and generation (born before 1975 / after), common in each cohort. */
const SYLLABLES = {
  M: {
    older: [...'철수영호성민재용석진동현기종상규병태광정한국길식승'],
    newer: [...'민준서도현우진호성재영수지훈석태윤건시하주원혁승찬유준은율'],
  },
  F: {
    older: [...'영숙순미정희자경옥선혜은현명애미진화금연순'],
    newer: [...'서지민수하은윤채아현예유연다나린소연혜원주희가온'],
  },
} as const;

export function koreanGivenName(rng: Rng, sex: 'F' | 'M', birthYear: number): string {
  const set = SYLLABLES[sex][birthYear < 1975 ? 'older' : 'newer'];
  const a = rng.pick(set);
  let b = rng.pick(set);
  if (b === a) b = rng.pick(set);
  return a + b;
}

/** Names of marriage migrants as registered in Hangul transliteration, by nationality. */
const MIGRANT_NAMES: Readonly<Record<string, { F: readonly string[]; M: readonly string[] }>> = {
  CN: { F: ['왕메이', '리나', '장리', '류팡', '천징', '자오린'], M: ['왕웨이', '리강', '장타오', '류양'] },
  VN: {
    F: ['응우옌티투', '쩐티란', '레티흐엉', '팜티마이', '호앙티린', '부티항'],
    M: ['응우옌반남', '쩐반흥', '레반뚜언'],
  },
  JP: { F: ['사토유키', '스즈키아야', '다나카미호', '와타나베에리'], M: ['사토겐', '다카하시료'] },
  PH: { F: ['마리아산토스', '로사레예스', '아나크루즈', '조이가르시아'], M: ['호세산토스', '마크레예스'] },
  TH: { F: ['솜차이깨우', '니빠폰', '쑤다랏'], M: ['솜삭', '차이야폰'] },
  KH: { F: ['소피아찬', '스레이닛', '보파속'], M: ['소반나라', '피섯'] },
  US: { F: ['제니퍼스미스', '에밀리존슨'], M: ['마이클브라운', '데이비드밀러'] },
  UZ: { F: ['딜노자카리모바', '굴노라'], M: ['루스탐', '알리셰르'] },
  MN: { F: ['어용체첵', '바트사이한'], M: ['바타르', '강바타르'] },
  NP: { F: ['수니타구룽', '앙잘리'], M: ['라메시', '비카스'] },
};

export function migrantName(rng: Rng, nationality: string, sex: 'F' | 'M'): string {
  const names = MIGRANT_NAMES[nationality] ?? MIGRANT_NAMES.CN!;
  return rng.pick(names[sex]);
}
