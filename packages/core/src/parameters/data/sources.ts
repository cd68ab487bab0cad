import type { Source } from '../types.js';

/** Sources cited by the core parameter tables. Program plug-ins cite their own. */
export const src = {
  medianNotice2024: {
    title: '보건복지부고시 제2023-150호 (2024년 기준 중위소득)',
    url: 'https://mohw.go.kr/boardDownload.es?bid=0026&list_no=377725&seq=1',
    status: 'official',
  },
  medianNotice2025: {
    title: '보건복지부고시 제2024-162호 (2025년 기준 중위소득)',
    url: 'https://mohw.go.kr/boardDownload.es?bid=0026&list_no=1482528&seq=2',
    status: 'official',
  },
  medianNotice2026: {
    title: '보건복지부고시 제2025-135호 (2026년 기준 중위소득); 연도별 기준중위소득',
    url: 'https://www.mohw.go.kr/menu.es?mid=a10708010900',
    status: 'official',
  },
  medianEightPlus: {
    title: '기준 중위소득 8인 이상 가구: 7인 가구 기준 중위소득 + (7인 − 6인) × 추가 가구원 수',
    url: 'https://www.mohw.go.kr/menu.es?mid=a10708010900',
    status: 'official',
  },
  nblssLivelihood2026: {
    title: '복지로 생계급여 (WLF00001132), 2026 — 1~6인 선정기준 공표액',
    url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001132&wlfareInfoReldBztpCd=01',
    status: 'official',
  },
  nblssHousing2026: {
    title: '복지로 주거급여 (WLF00003201), 2026 — 1~5인 선정기준 공표액',
    url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003201&wlfareInfoReldBztpCd=01',
    status: 'official',
  },
  nblssRates: {
    title: '국민기초생활 보장법 제8조·제12조의3 등; 급여별 선정기준 (생계 32%, 의료 40%, 주거 48%, 교육 50%)',
    url: 'https://www.law.go.kr/법령/국민기초생활보장법',
    status: 'official',
  },
  derivedFromMedian: {
    title: '기준 중위소득 × 급여별 선정기준 비율 (원 단위 반올림; 보건복지부 공표표와 1원 차이 가능)',
    status: 'derived',
  },
  earnedIncomeDeduction: {
    title: '국민기초생활 보장법 시행령 제5조의2 (근로소득 공제 100분의 30)',
    url: 'https://www.law.go.kr/법령/국민기초생활보장법시행령',
    status: 'official',
  },
  conversionRates: {
    title: '국민기초생활 보장법상 재산의 소득환산율 고시; 생활법령정보',
    url: 'https://www.easylaw.go.kr/CSP/OnhunqueansInfoRetrieve.laf?onhunqnaAstSeq=97&onhunqueSeq=5740',
    status: 'official',
  },
  basicPropertyDeduction: {
    title:
      '기본재산액 (2024~2026): 서울 9,900만 / 경기 8,000만 / 광역·세종·창원 7,700만 / 그 외 5,300만 — 다수 구현에서 일치, 사업안내로 확인 필요',
    status: 'secondary',
  },
  residentialCap: {
    title:
      '주거용재산 한도액: 서울 1억7,200만 / 경기 1억5,100만 / 광역·세종·창원 1억4,600만 / 그 외 1억1,200만 (생활법령 인용, 2026-07-31)',
    status: 'secondary',
  },
  financialDeduction: {
    title: '금융재산 생활준비금 공제 500만원 (국민기초생활보장사업안내) — 확인 필요',
    status: 'secondary',
  },
  basicPension2026: {
    title: '복지로 기초연금 (WLF00001164), 2026',
    url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001164&wlfareInfoReldBztpCd=01',
    status: 'official',
  },
  basicPensionBooklet2024: {
    title: '2024 나에게 힘이 되는 복지서비스 「기초연금」',
    status: 'official',
  },
  basicPension2025: {
    title: '2025 기초연금 선정기준액·기준연금액 (여러 2차 자료 일치)',
    status: 'secondary',
  },
  disabilityPension2026: {
    title: '복지로 장애인연금 (WLF00003249), 2026',
    url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003249&wlfareInfoReldBztpCd=01',
    status: 'official',
  },
  disabilityPensionBooklet2024: {
    title: '2024 나에게 힘이 되는 복지서비스 「장애인연금」',
    status: 'official',
  },
} satisfies Record<string, Source>;
