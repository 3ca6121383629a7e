import { idCheckDigit } from '../../../../shared/domain/id-card'
import { creditCodeCheckChar } from '../../../../shared/domain/credit-code'

/** A small deterministic random generator (mulberry32): the same demo every time. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
export type Random = ReturnType<typeof random>

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文'.split(
    ''
  )
const MALE = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志峰晨文博宏亮成东海'.split('')
const FEMALE = '芳娜敏静丽艳娟霞燕玲婷雪慧颖琳洁欣梅晶倩月莉萍红兰秀英华玉凤琴佳怡瑶蕾楠妍晓桂'.split('')
/** Fujian prefectures and a few others: real region codes so the IDs pass every check. */
const REGIONS = [
  '350102',
  '350103',
  '350104',
  '350105',
  '350111',
  '350121',
  '350181',
  '350203',
  '350206',
  '350502',
  '350602',
  '110105',
  '310115',
  '440106',
  '330106',
  '320106'
]
const COMPANY_NAMES = [
  '福州鑫源商贸有限公司',
  '福建榕城餐饮管理有限公司',
  '福州市鼓楼区惠民便利店',
  '福建安泰医药连锁有限公司',
  '福州佳美美容美发有限公司',
  '福建闽江教育咨询有限公司',
  '福州顺达快递服务有限公司',
  '福建鸿福房产经纪有限公司',
  '福州益康口腔诊所有限公司',
  '福建茶韵文化传播有限公司'
]
const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '182',
  '183',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '189',
  '177',
  '199'
]

export function personName(r: Random, gender: 'male' | 'female', surname = r.pick(SURNAMES)): string {
  const pool = gender === 'male' ? MALE : FEMALE
  return surname + r.pick(pool) + (r.chance(0.7) ? r.pick(pool) : '')
}

export const surnameOf = (name: string) => name[0]!

/** A resident ID that passes GB 11643: real region, real birth date, the gender digit, the check digit. */
export function residentId(r: Random, gender: 'male' | 'female', birthYearFrom = 1950, birthYearTo = 2002): string {
  const year = r.int(birthYearFrom, birthYearTo)
  const month = r.int(1, 12)
  const day = r.int(1, 28)
  const sequence = String(r.int(0, 99)).padStart(2, '0')
  const genderDigit = (r.int(0, 4) * 2 + (gender === 'male' ? 1 : 0)) % 10
  const first17 = `${r.pick(REGIONS)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${sequence}${genderDigit}`
  return first17 + idCheckDigit(first17)
}

export function mobile(r: Random): string {
  return r.pick(MOBILE_PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0')
}

export function company(r: Random, n: number): { name: string; creditCode: string } {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  let body = '913501'
  while (body.length < 17) body += charset[r.int(0, 30)]
  const base = COMPANY_NAMES[n % COMPANY_NAMES.length]!
  const name =
    n < COMPANY_NAMES.length
      ? base
      : base.replace('有限公司', `${Math.floor(n / COMPANY_NAMES.length) + 1}号店有限公司`)
  return { name, creditCode: body + creditCodeCheckChar(body) }
}
